<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CounterDesk</source>
        <translation>关于 CounterDesk</translation>
    </message>
    <message>
        <source>CounterDesk %1</source>
        <translation>CounterDesk %1</translation>
    </message>
    <message>
        <source>Counter software for service halls: queue tickets, scripted service, document checklists, one-time notices and acceptance receipts, with every record encrypted and every change audited.</source>
        <translation>服务大厅窗口软件：排队取号、规范服务用语、材料清单、一次性告知和受理回执；所有记录加密保存，每一次变更都留痕可审计。</translation>
    </message>
    <message>
        <source>Qt %1 · SQLCipher %2</source>
        <translation>Qt %1 · SQLCipher %2</translation>
    </message>
</context>
<context>
    <name>AppointmentBook</name>
    <message>
        <source>Unknown service: %1 (see 'counterdesk-cli catalogue list').</source>
        <translation>未知业务：%1（请查看 'counterdesk-cli catalogue list'）。</translation>
    </message>
    <message>
        <source>The service %1 takes no bookings.</source>
        <translation>业务 %1 不接受预约。</translation>
    </message>
    <message>
        <source>%1 is not a working day: there are no slots (weekends and public holidays are closed, make-up working days open).</source>
        <translation>%1 不是工作日，没有预约时段（周末和法定节假日不办理，调休上班日照常办理）。</translation>
    </message>
    <message>
        <source>The service %1 takes no bookings on %2: it is closed that day.</source>
        <translation>业务 %1 在 %2 不接受预约：当天不办理。</translation>
    </message>
    <message>
        <source>The name must be 1 to %1 characters long.</source>
        <translation>姓名须为 1 至 %1 个字符。</translation>
    </message>
    <message>
        <source>The slot needs a date and a time.</source>
        <translation>预约时段须有日期和时间。</translation>
    </message>
    <message>
        <source>The service %1 (%2) takes no bookings.</source>
        <translation>业务“%1”（%2）不接受预约。</translation>
    </message>
    <message>
        <source>%1 is not a working day: no bookings on weekends and public holidays.</source>
        <translation>%1 不是工作日：周末和法定节假日不接受预约。</translation>
    </message>
    <message>
        <source>The service takes no bookings on %1: it is closed that day.</source>
        <translation>该业务在 %1 不接受预约：当天不办理。</translation>
    </message>
    <message>
        <source>No slot starts at %1 on %2: the slots start at %3.</source>
        <translation>%2 没有 %1 开始的时段；可预约时段的开始时间为：%3。</translation>
    </message>
    <message>
        <source>Bookings open %1 working days ahead: the last day that can be booked today is %2.</source>
        <translation>可提前 %1 个工作日预约：今天最晚可预约到 %2。</translation>
    </message>
    <message>
        <source>Booking for %1 at %2 closed at %3 (%4 minutes before the slot).</source>
        <translation>%1 %2 的预约已于 %3 截止（时段开始前 %4 分钟）。</translation>
    </message>
    <message numerus="yes">
        <source>This phone number cannot book until %1: %n missed bookings within %2 days, the last on %3.</source>
        <translation>
            <numerusform>该手机号码在 %1 之前不能预约：%2 天内有 %n 次预约未到，最近一次在 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The slot at %1 on %2 is full (%n places).</source>
        <translation>
            <numerusform>%2 %1 的时段已约满（共 %n 个名额）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked %1 at %2 for %3: code %4.</source>
        <translation>已预约 %1 %2 的“%3”，预约码 %4。</translation>
    </message>
    <message>
        <source>No booking has the code %1.</source>
        <translation>没有预约码为 %1 的预约。</translation>
    </message>
    <message>
        <source>The booking %1 is %2: only a booking not yet checked in can be cancelled.</source>
        <translation>预约 %1 的状态为“%2”：只有尚未签到的预约才能取消。</translation>
    </message>
    <message>
        <source>The booking for %1 at %2 can no longer be cancelled: cancelling closed at %3 (%4 minutes before the slot).</source>
        <translation>%1 %2 的预约已不能取消：取消已于 %3 截止（时段开始前 %4 分钟）。</translation>
    </message>
    <message>
        <source>The booking %1 is cancelled; its place is free again.</source>
        <translation>预约 %1 已取消，名额已释放。</translation>
    </message>
    <message>
        <source>The booking %1 is already checked in: ticket %2.</source>
        <translation>预约 %1 已签到：号码 %2。</translation>
    </message>
    <message>
        <source>The booking %1 was cancelled.</source>
        <translation>预约 %1 已取消。</translation>
    </message>
    <message>
        <source>Too early for the booking at %1: please come back at %2.</source>
        <translation>离 %1 的预约还早，请于 %2 再来签到。</translation>
    </message>
    <message>
        <source>The booking is for %1 at %2: please come back that day at %3.</source>
        <translation>您预约的是 %1 %2，请于当天 %3 再来签到。</translation>
    </message>
    <message>
        <source>Too late for the booking at %1: check-in closed at %2. Please take an ordinary ticket instead.</source>
        <translation>%1 的预约已过签到时间（%2 截止），请改取普通号。</translation>
    </message>
    <message>
        <source>Checked in: ticket %1.</source>
        <translation>已签到：号码 %1。</translation>
    </message>
    <message>
        <source>A slot has from 0 to 999 places, not %1.</source>
        <translation>每个时段的名额为 0 至 999 个，不能为 %1。</translation>
    </message>
    <message>
        <source>%1 on %2: %3 places per slot (were %4).</source>
        <translation>%1 在 %2：每个时段 %3 个名额（原为 %4 个）。</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) beyond the new places are kept: call or message these customers.</source>
        <translation>
            <numerusform>超出新名额的 %n 个预约仍然保留：请致电或发短信告知这些客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This number missed %n bookings within %1 days: it cannot book online until %2; please ask the customer to come or to cancel in time.</source>
        <translation>
            <numerusform>该号码在 %1 天内有 %n 次预约未到：%2 前不能在线预约；请提醒客户按时到场或及时取消。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentCommand</name>
    <message>
        <source>book, slots: the service's code.</source>
        <translation>book、slots：业务代码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>book, slots, list: the slot's day (the branch's date).</source>
        <translation>book、slots、list：时段所在日期（网点当地日期）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>book: the slot's start (the branch's time).</source>
        <translation>book：时段开始时间（网点当地时间）。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>book: the customer's name.</source>
        <translation>book：客户姓名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>book: the customer's mobile number.</source>
        <translation>book：客户手机号码。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Say which day: --date YYYY-MM-DD.</source>
        <translation>请指定日期：--date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Say which service: --service CODE (see 'counterdesk-cli catalogue list').</source>
        <translation>请指定业务：--service 代码（请查看 'counterdesk-cli catalogue list'）。</translation>
    </message>
    <message>
        <source>Say which slot: --time HH:MM.</source>
        <translation>请指定时段：--time HH:MM。</translation>
    </message>
    <message>
        <source>'appointment book|slots|cancel CODE|checkin CODE|list|rules': bookings of slots (the code on line 1, the booking's URL on line 2) and the services' slot rules.</source>
        <translation>'appointment book|slots|cancel 预约码|checkin 预约码|list|rules'：时段预约（第 1 行为预约码，第 2 行为预约页面网址）及各业务的时段规则。</translation>
    </message>
    <message>
        <source>book | slots | cancel CODE | checkin CODE | list | rules</source>
        <translation>book | slots | cancel 预约码 | checkin 预约码 | list | rules</translation>
    </message>
    <message>
        <source>rules: the length of a slot.</source>
        <translation>rules：每个时段的长度。</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <source>rules: the places of each slot.</source>
        <translation>rules：每个时段的名额。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>rules: opening hours per weekday, Monday first, e.g. "09:00-12:00,13:30-16:30;09:00-12:00" (';' between days; days left out are closed; "" closes every day).</source>
        <translation>rules：按星期的开放时间，从星期一开始，例如 "09:00-12:00,13:30-16:30;09:00-12:00"（各天之间用 ';' 分隔；未列出的日子不开放；"" 表示每天都不开放）。</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>rules: how many working days ahead can be booked.</source>
        <translation>rules：可提前预约的工作日数。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>rules: booking and cancelling close this long before a slot.</source>
        <translation>rules：时段开始前多久停止预约和取消。</translation>
    </message>
    <message>
        <source>places: also send the customers beyond the new places an SMS.</source>
        <translation>places：同时向超出新名额的客户发送短信。</translation>
    </message>
    <message>
        <source>The service %1 takes no bookings.</source>
        <translation>业务 %1 不接受预约。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 必须是整数。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli appointment book --service CODE --date YYYY-MM-DD --time HH:MM --name NAME --phone PHONE | slots --service CODE --date YYYY-MM-DD | cancel CODE | checkin CODE | list --date YYYY-MM-DD | rules [--service CODE [--slot-minutes N] [--places N] [--hours HOURS] [--days-ahead N] [--cutoff-minutes N]] | places --service CODE --date YYYY-MM-DD --places N [--message]  --data-dir DIR</source>
        <translation>用法：counterdesk-cli appointment book --service 业务代码 --date YYYY-MM-DD --time HH:MM --name 姓名 --phone 手机号 | slots --service 业务代码 --date YYYY-MM-DD | cancel 预约码 | checkin 预约码 | list --date YYYY-MM-DD | rules [--service 业务代码 [--slot-minutes N] [--places N] [--hours 开放时间] [--days-ahead N] [--cutoff-minutes N]] | places --service 业务代码 --date YYYY-MM-DD --places N [--message]  --data-dir 目录</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS queued for the nightly sync.</source>
        <translation>
            <numerusform>%n 条短信已排队，将在夜间同步时发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentDesk</name>
    <message>
        <source>You are checked in for your booking at %1. Your number is %2: please take your ticket.</source>
        <translation>您已签到（预约 %1）。您的号码是 %2，请取走号票。</translation>
    </message>
    <message>
        <source>You are checked in for your booking at %1. Your number is %2. The ticket could not be printed: please see the service desk with your number; your place in the queue is kept.</source>
        <translation>您已签到（预约 %1）。您的号码是 %2。号票未能打印，请凭号码到服务台领取，您的排队位置已保留。</translation>
    </message>
    <message>
        <source>It is too early to check in for your booking at %1. Please come back at %2.</source>
        <translation>您预约的时间是 %1，现在签到还太早。请于 %2 再来签到。</translation>
    </message>
    <message>
        <source>Your booking is on %1 at %2. Please come back that day at %3.</source>
        <translation>您的预约在 %1 %2。请于当天 %3 再来签到。</translation>
    </message>
    <message>
        <source>Check-in for your booking at %1 closed at %2. You can take an ordinary ticket for the same service now.</source>
        <translation>您预约的 %1 时段已于 %2 停止签到。您可以现在取一张同一业务的普通号。</translation>
    </message>
    <message>
        <source>This code is not a booking of this hall. Please type the 8-character code from your booking slip or message, or ask at the service desk.</source>
        <translation>这不是本厅的预约。请输入预约凭条或短信上的8位预约码，或到服务台咨询。</translation>
    </message>
    <message>
        <source>No booking has the code %1. Please check the code on your booking slip or message, or ask at the service desk.</source>
        <translation>没有预约码为 %1 的预约。请核对预约凭条或短信上的预约码，或到服务台咨询。</translation>
    </message>
    <message>
        <source>The booking %1 was cancelled. Please take an ordinary ticket, or ask at the service desk.</source>
        <translation>预约 %1 已取消。请取普通号，或到服务台咨询。</translation>
    </message>
    <message>
        <source>The booking %1 is already checked in: its number is %2.</source>
        <translation>预约 %1 已签到，号码是 %2。</translation>
    </message>
</context>
<context>
    <name>AppointmentSettings</name>
    <message>
        <source>Unknown setting: %1</source>
        <translation>未知设置：%1</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>entry %1 is missing (deleted)</source>
        <translation>第 %1 条记录缺失（已被删除）</translation>
    </message>
    <message>
        <source>entry %1 is out of order</source>
        <translation>第 %1 条记录顺序错乱</translation>
    </message>
    <message>
        <source>entry %1 does not match its hash (edited)</source>
        <translation>第 %1 条记录与其哈希值不符（已被修改）</translation>
    </message>
    <message>
        <source>entry %1 goes back to an earlier business day (%2)</source>
        <translation>第 %1 条记录倒退到了更早的营业日（%2）</translation>
    </message>
    <message>
        <source>the anchor of business day %1 does not match entry %2</source>
        <translation>营业日 %1 的锚点与第 %2 条记录不符</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2 (deleted or reordered)</source>
        <translation>第 %1 条记录未接续第 %2 条（有删除或顺序被调换）</translation>
    </message>
    <message>
        <source>entries from %1 on are missing (deleted)</source>
        <translation>从第 %1 条起的记录缺失（已被删除）</translation>
    </message>
    <message>
        <source>an anchor names a business day that has no entries</source>
        <translation>某个锚点指向一个没有任何记录的营业日</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>'audit verify': check the audit chain. Prints 'ok N entries' (exit 0), or names the first bad entry (exit 3).</source>
        <translation>'audit verify'：校验审计链。完好时输出 'ok N entries'（退出码 0），否则指出第一条有问题的记录（退出码 3）。</translation>
    </message>
    <message>
        <source>Verify the chain.</source>
        <translation>校验审计链。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli audit verify --data-dir DIR</source>
        <translation>用法：counterdesk-cli audit verify --data-dir 目录</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>'backup --out FILE': an encrypted copy of the branch, consistent, made while it is in use; 'backup config' sets the hall host's nightly backups.</source>
        <translation>'backup --out FILE'：网点的加密副本，数据一致，可在使用中制作；'backup config' 设置大厅主机的每晚备份。</translation>
    </message>
    <message>
        <source>Nothing: make a backup (--out). config: show or change the nightly backups of the hall host (--at, --keep).</source>
        <translation>不写：制作一份备份（--out）。config：查看或修改大厅主机的每晚备份（--at、--keep）。</translation>
    </message>
    <message>
        <source>The backup file to write (encrypted with the branch's passphrase).</source>
        <translation>要写入的备份文件（用网点的口令加密）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>文件已存在时替换它。</translation>
    </message>
    <message>
        <source>config: the time of the nightly backup (HH:MM, branch time; default 22:00).</source>
        <translation>config：每晚备份的时间（HH:MM，网点时间；默认 22:00）。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>config: how many nightly backups to keep in DATA_DIR/backups (default %1).</source>
        <translation>config：在 DATA_DIR/backups 中保留的每晚备份份数（默认 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli backup --data-dir DIR --out FILE [--force], or counterdesk-cli backup config --data-dir DIR [--at HH:MM] [--keep N]</source>
        <translation>用法：counterdesk-cli backup --data-dir 目录 --out 文件 [--force]，或 counterdesk-cli backup config --data-dir 目录 [--at HH:MM] [--keep N]</translation>
    </message>
    <message>
        <source>--at must be a time such as 22:00.</source>
        <translation>--at 必须是时间，例如 22:00。</translation>
    </message>
    <message>
        <source>--keep must be a number from 1 to 3650.</source>
        <translation>--keep 必须是 1 至 3650 之间的数字。</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>备份：%1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>大小：%1 字节</translation>
    </message>
    <message>
        <source>Data version (user_version): %1</source>
        <translation>数据版本（user_version）：%1</translation>
    </message>
    <message>
        <source>Audit entries: the chain does not verify (%1)</source>
        <translation>审计条目：审计链校验不通过（%1）</translation>
    </message>
    <message>
        <source>The branch's audit chain is broken; the backup is a faithful copy of it. See 'counterdesk-cli audit verify'.</source>
        <translation>网点的审计链已损坏；备份如实复制了它。请查看 'counterdesk-cli audit verify'。</translation>
    </message>
    <message>
        <source>Audit entries: %1 (the chain verifies)</source>
        <translation>审计条目：%1（审计链校验通过）</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>用时 %1 毫秒。</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>%1 already exists. Choose another name, or add --force to replace it. Nothing was written.</source>
        <translation>%1 已存在。请换一个文件名，或加 --force 替换它。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是一个文件夹。</translation>
    </message>
    <message>
        <source>%1 is the branch's own database: write the backup to another file.</source>
        <translation>%1 是网点自己的数据库：请把备份写到另一个文件。</translation>
    </message>
    <message>
        <source>The new backup did not read back correctly (%1); it was deleted. Check the disk.</source>
        <translation>新备份读回时出错（%1），已删除。请检查磁盘。</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2. Nothing was written.</source>
        <translation>无法写入备份 %1：%2。未写入任何内容。</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>%1 处没有备份文件。</translation>
    </message>
    <message>
        <source>%1 does not open with this passphrase, or is not a CounterDesk backup. Give the passphrase the branch had when the backup was made (--passphrase-file FILE).</source>
        <translation>%1 用此口令打不开，或不是 CounterDesk 备份。请提供制作备份时网点使用的口令（--passphrase-file 文件）。</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a CounterDesk backup.</source>
        <translation>%1 是加密数据库，但不是 CounterDesk 备份。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a CounterDesk backup.</source>
        <translation>%1 是未加密的 SQLite 文件，不是 CounterDesk 备份。</translation>
    </message>
    <message>
        <source>%1 was made by a newer CounterDesk: install that version or a newer one to use it.</source>
        <translation>%1 由更新版本的 CounterDesk 制作：请安装该版本或更新的版本后再使用。</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged. Use another backup.</source>
        <translation>%1 不完整或已损坏。请使用另一份备份。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Use another backup.</source>
        <translation>%1 已损坏（%2）。请使用另一份备份。</translation>
    </message>
    <message>
        <source>broken at entry %1: %2</source>
        <translation>在第 %1 条处断裂：%2</translation>
    </message>
    <message>
        <source>The audit chain in %1 does not verify (%2): its records may have been changed. Use another backup.</source>
        <translation>%1 中的审计链校验不通过（%2）：其中的记录可能被改动过。请使用另一份备份。</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>served</source>
        <translation>已办理</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Branch</name>
    <message>
        <source>The branch needs a name.</source>
        <translation>网点需要一个名称。</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>未知时区：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>A branch code is 2 to 12 capital letters or digits (e.g. BJ0101).</source>
        <translation>网点代码为 2 至 12 位大写字母或数字（例如 BJ0101）。</translation>
    </message>
    <message>
        <source>The daily log of %1 is signed: a manager must authorise any further change to that day.</source>
        <translation>%1 的营业日志已签署：此后对当日的任何改动须经主管授权。</translation>
    </message>
</context>
<context>
    <name>BranchRegistry</name>
    <message>
        <source>'%1' is not a branch code: 1 to 32 letters, digits, '-' or '_'.</source>
        <translation>“%1”不是网点代码：应为 1 至 32 个字母、数字、“-”或“_”。</translation>
    </message>
    <message>
        <source>The public key must be the branch's Ed25519 public key in base64 (44 characters), as 'counterdesk-cli sync key' prints it.</source>
        <translation>公钥必须是该网点的 Ed25519 公钥（base64，44 个字符），即“counterdesk-cli sync key”显示的内容。</translation>
    </message>
    <message>
        <source>Branch %1 is already registered; nothing was changed.</source>
        <translation>网点 %1 已登记，未做任何更改。</translation>
    </message>
    <message>
        <source>Branch %1 is already revoked.</source>
        <translation>网点 %1 已被吊销。</translation>
    </message>
    <message>
        <source>No branch %1 is registered.</source>
        <translation>没有登记网点 %1。</translation>
    </message>
</context>
<context>
    <name>BranchRekey</name>
    <message>
        <source>No new passphrase was given. Nothing was changed.</source>
        <translation>没有提供新口令。未做任何改动。</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Nothing was changed.</source>
        <translation>新口令与当前口令相同。未做任何改动。</translation>
    </message>
    <message>
        <source>The new passphrase is too weak (strength %1 of 4, at least %2 needed). Choose four or more unrelated words. Nothing was changed.</source>
        <translation>新口令太弱（强度 %1/4，至少需要 %2）。请选择四个或更多互不相关的词。未做任何改动。</translation>
    </message>
    <message>
        <source>There is no branch database at %1.</source>
        <translation>%1 处没有网点数据库。</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>口令未更换：%1</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1 could not be written back into the database. Try again.</source>
        <translation>口令未更换：%1 无法写回数据库。请重试。</translation>
    </message>
    <message>
        <source>The branch database now opens with the new passphrase only.</source>
        <translation>网点数据库现在只能用新口令打开。</translation>
    </message>
</context>
<context>
    <name>BranchRestore</name>
    <message>
        <source>There is no backup file at %1. Nothing was changed.</source>
        <translation>%1 处没有备份文件。未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is the branch's own database, not a backup. Nothing was changed.</source>
        <translation>%1 是网点自己的数据库，不是备份。未做任何改动。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the data folder: %2. Nothing was changed.</source>
        <translation>无法把 %1 复制到数据目录：%2。未做任何改动。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何改动。</translation>
    </message>
    <message>
        <source>Cannot keep the current database as %1: %2. Nothing was changed.</source>
        <translation>无法把当前数据库保留为 %1：%2。未做任何改动。</translation>
    </message>
    <message>
        <source>Cannot move %1 aside: %2. The branch was not restored; its database is as it was.</source>
        <translation>无法移开 %1：%2。网点未恢复，其数据库保持原样。</translation>
    </message>
    <message>
        <source>Cannot put the restored database in place: %1. The database it was to replace is kept as %2.</source>
        <translation>无法把恢复的数据库放到位：%1。原本要被替换的数据库保留为 %2。</translation>
    </message>
    <message>
        <source>Restored %1 (data version %2, %3 audit entries). The database it replaced is kept as %4.</source>
        <translation>已恢复 %1（数据版本 %2，%3 条审计条目）。被替换的数据库保留为 %4。</translation>
    </message>
    <message>
        <source>Restored %1 (data version %2, %3 audit entries) into %4.</source>
        <translation>已将 %1（数据版本 %2，%3 条审计条目）恢复到 %4。</translation>
    </message>
    <message>
        <source>The restore could not be written into the audit chain: %1</source>
        <translation>这次恢复未能写入审计链：%1</translation>
    </message>
</context>
<context>
    <name>CalendarUpdate</name>
    <message>
        <source>This branch has no head office key pinned: no calendar can be trusted.</source>
        <translation>本网点尚未锁定总部公钥：无法信任任何日历。</translation>
    </message>
    <message>
        <source>The calendar was refused: %1</source>
        <translation>日历被拒绝：%1</translation>
    </message>
    <message>
        <source>The calendar was refused: its version is not a positive number.</source>
        <translation>日历被拒绝：其版本号不是正整数。</translation>
    </message>
    <message>
        <source>Calendar version %1 is already in force.</source>
        <translation>日历版本 %1 已在使用中。</translation>
    </message>
    <message>
        <source>The calendar was refused: version %1 is older than version %2 in force.</source>
        <translation>日历被拒绝：版本 %1 早于正在使用的版本 %2。</translation>
    </message>
    <message>
        <source>Calendar version %1 is in force (years %2).</source>
        <translation>日历版本 %1 已生效（年份 %2）。</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>being served</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>waiting for documents</source>
        <translation>等待补充材料</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>ready to collect</source>
        <translation>待领取</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation>%1（即将到期）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
</context>
<context>
    <name>CaseListWindow</name>
    <message>
        <source>My cases (and those I hold as proxy)</source>
        <translation>我的办件（含代理的办件）</translation>
    </message>
    <message>
        <source>All of the branch's cases</source>
        <translation>本网点全部办件</translation>
    </message>
    <message>
        <source>Cases and questions</source>
        <translation>办件与咨询</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>下一步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Collection notice</source>
        <translation>领取通知书(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>转交(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Reprint receipt…</source>
        <translation>补打回执(&amp;R)…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel case…</source>
        <translation>撤销办件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>答复(&amp;A)…</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>转交(&amp;O)…</translation>
    </message>
    <message>
        <source>Questions to answer</source>
        <translation>待答复咨询</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1 is recorded, but its PDF could not be written: %2. Use Print preview to print it.</source>
        <translation>%1已记录，但其 PDF 无法写入：%2。请用“打印预览”打印。</translation>
    </message>
    <message>
        <source>%1 archived: %2</source>
        <translation>%1已存档：%2</translation>
    </message>
    <message>
        <source>Case %1 becomes %2</source>
        <translation>办件 %1 转为“%2”</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>备注（可不填）：</translation>
    </message>
    <message>
        <source>The case is ready: the customer's SMS is queued. Print a collection notice if they want one.</source>
        <translation>办件已办结：已排队向客户发送短信。客户需要时可打印领取通知书。</translation>
    </message>
    <message>
        <source>The case is now %1.</source>
        <translation>办件现为“%1”。</translation>
    </message>
    <message>
        <source>Collection notice %1</source>
        <translation>领取通知书 %1</translation>
    </message>
    <message>
        <source>Extend case %1</source>
        <translation>办件 %1 延期</translation>
    </message>
    <message>
        <source>New date (YYYY-MM-DD):</source>
        <translation>新的办结日期（年-月-日）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>"%1" is not a date: type it as 2026-12-31.</source>
        <translation>“%1”不是日期：请按 2026-12-31 的格式输入。</translation>
    </message>
    <message>
        <source>Case extended to %1; the customer is told by SMS.</source>
        <translation>办件已延期至%1，已短信告知客户。</translation>
    </message>
    <message>
        <source>Hand case %1 to a colleague</source>
        <translation>将办件 %1 转交同事</translation>
    </message>
    <message>
        <source>Colleague's login:</source>
        <translation>同事的登录名：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Case handed to %1.</source>
        <translation>办件已转交 %1。</translation>
    </message>
    <message>
        <source>Reprint the receipt of case %1 — needs a manager</source>
        <translation>补打办件 %1 的回执——需主管授权</translation>
    </message>
    <message>
        <source>Manager's login:</source>
        <translation>主管登录名：</translation>
    </message>
    <message>
        <source>Manager's password:</source>
        <translation>主管密码：</translation>
    </message>
    <message>
        <source>Receipt reprint %1</source>
        <translation>补打回执 %1</translation>
    </message>
    <message>
        <source>Cancel case %1 — needs a manager</source>
        <translation>撤销办件 %1——需主管授权</translation>
    </message>
    <message>
        <source>Case cancelled, authorised by %1.</source>
        <translation>办件已撤销，授权主管：%1。</translation>
    </message>
    <message>
        <source>Answer question %1</source>
        <translation>答复咨询 %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <source>Question %1 answered.</source>
        <translation>咨询 %1 已答复。</translation>
    </message>
    <message>
        <source>Hand question %1 to a colleague</source>
        <translation>将咨询 %1 转交同事</translation>
    </message>
    <message>
        <source>Question %1 handed to %2.</source>
        <translation>咨询 %1 已转交 %2。</translation>
    </message>
    <message>
        <source>The day is signed — a manager must authorise</source>
        <translation>当日日志已签署——须经主管授权</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>Identity number: %1</source>
        <translation>身份证号码：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Service %1 is no longer in the catalogue.</source>
        <translation>服务 %1 已不在服务目录中。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有办件 %1。</translation>
    </message>
    <message>
        <source>Unknown service %1.</source>
        <translation>未知服务 %1。</translation>
    </message>
    <message>
        <source>Unknown condition %1.</source>
        <translation>未知条件 %1。</translation>
    </message>
    <message>
        <source>The agent's details are missing.</source>
        <translation>缺少代办人信息。</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>代办人：%1</translation>
    </message>
    <message>
        <source>The checklist can only change while the case is open.</source>
        <translation>只有在办理中时才能修改材料清单。</translation>
    </message>
    <message>
        <source>Documents can only be checked while the case is open.</source>
        <translation>只有在办理中的办件才能核对材料。</translation>
    </message>
    <message>
        <source>A document is received, missing or invalid, not '%1'.</source>
        <translation>材料状态只能是已收、缺少或无效，不能是 '%1'。</translation>
    </message>
    <message>
        <source>Say why the document is not valid: the customer reads it on the notice.</source>
        <translation>请说明材料无效的原因：客户会在告知书上看到。</translation>
    </message>
    <message>
        <source>The checklist has no item %1.</source>
        <translation>材料清单中没有第 %1 项。</translation>
    </message>
    <message>
        <source>A notice is given for an open case, not one that is %1.</source>
        <translation>只能为正在办理的办件出具告知书，此办件状态为 %1。</translation>
    </message>
    <message>
        <source>Check every document first: "%1" is not marked yet.</source>
        <translation>请先核对每一项材料：“%1”尚未标记。</translation>
    </message>
    <message>
        <source>Nothing is missing: accept the application instead.</source>
        <translation>材料齐全，请直接受理。</translation>
    </message>
    <message>
        <source>No case has the notice number %1.</source>
        <translation>没有告知书编号为 %1 的办件。</translation>
    </message>
    <message>
        <source>Case %1 is not waiting for documents (it is %2).</source>
        <translation>办件 %1 不在等待补充材料（当前状态：%2）。</translation>
    </message>
    <message>
        <source>Only an open case can be accepted; this one is %1.</source>
        <translation>只有办理中的办件才能受理，此办件状态为 %1。</translation>
    </message>
    <message>
        <source>"%1" is not received: give a one-time notice of what is missing instead.</source>
        <translation>“%1”尚未收到：请改为出具一次性告知书，告知所缺材料。</translation>
    </message>
    <message>
        <source>Only an open case can be refused; this one is %1.</source>
        <translation>只有办理中的办件才能不予受理，此办件状态为 %1。</translation>
    </message>
    <message>
        <source>A refusal needs its reasons and the way to appeal.</source>
        <translation>不予受理须写明理由和救济途径。</translation>
    </message>
    <message>
        <source>A referral names the department, a contact person and their phone (首问负责制).</source>
        <translation>转办须写明承办部门、联系人及其电话（首问负责制）。</translation>
    </message>
    <message>
        <source>The case is already %1.</source>
        <translation>办件已是 %1 状态。</translation>
    </message>
    <message>
        <source>Say why the case is cancelled.</source>
        <translation>请说明撤销办件的原因。</translation>
    </message>
    <message>
        <source>A case that is %1 cannot become %2.</source>
        <translation>状态为 %1 的办件不能变为 %2。</translation>
    </message>
    <message>
        <source>Only a case in progress can be extended.</source>
        <translation>只有正在办理的办件才能延期。</translation>
    </message>
    <message>
        <source>An extension needs its reason and a new date later than %1.</source>
        <translation>延期需要说明原因，新日期须晚于 %1。</translation>
    </message>
    <message>
        <source>There is no active colleague called %1.</source>
        <translation>没有名为 %1 的在岗同事。</translation>
    </message>
    <message>
        <source>Say in a note what the colleague needs to know.</source>
        <translation>请在备注中写明同事需要了解的情况。</translation>
    </message>
    <message>
        <source>Name an active colleague other than yourself as proxy.</source>
        <translation>请指定一位在岗的其他同事作为代理人。</translation>
    </message>
    <message>
        <source>A proxy needs a reason and an end in the future.</source>
        <translation>委托代理需要原因，且结束时间须在将来。</translation>
    </message>
    <message>
        <source>Only a ready case has a collection notice; this one is %1.</source>
        <translation>只有已办结的办件才有领取通知书；此办件状态为 %1。</translation>
    </message>
    <message>
        <source>Case %1 was never accepted: it has no receipt.</source>
        <translation>办件 %1 未曾受理，没有回执。</translation>
    </message>
    <message>
        <source>Say why the receipt is printed again.</source>
        <translation>请说明补打回执的原因。</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>%1: '%2' needs at least a zh_CN text</source>
        <translation>%1：'%2' 至少需要简体中文文本</translation>
    </message>
    <message>
        <source>%1: limit '%2' needs 1 to 366 days</source>
        <translation>%1：时限 '%2' 须为 1 至 366 天</translation>
    </message>
    <message>
        <source>%1: limit '%2' must be in working or natural days</source>
        <translation>%1：时限 '%2' 必须以工作日或自然日计</translation>
    </message>
    <message>
        <source>the catalogue has no version number</source>
        <translation>服务目录没有版本号</translation>
    </message>
    <message>
        <source>the catalogue defines no sectors</source>
        <translation>服务目录未定义任何行业</translation>
    </message>
    <message>
        <source>forbidden phrase '%1' names an unknown stage '%2'</source>
        <translation>服务禁语 '%1' 指向未知环节 '%2'</translation>
    </message>
    <message>
        <source>forbidden phrase '%1'</source>
        <translation>服务禁语 '%1'</translation>
    </message>
    <message>
        <source>a forbidden phrase needs the phrase and its alternative</source>
        <translation>服务禁语需要写明禁语及替代用语</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>收费项目 %1</translation>
    </message>
    <message>
        <source>every fee needs a unique code (%1)</source>
        <translation>每个收费项目都需要唯一的代码（%1）</translation>
    </message>
    <message>
        <source>%1: priceFen must be a whole number of fen, 0 or more</source>
        <translation>%1：priceFen 必须是不小于 0 的整数（单位：分）</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>service code '%1' must be 2-32 capital letters, digits or hyphens</source>
        <translation>服务代码 '%1' 必须为 2 至 32 位大写字母、数字或连字符</translation>
    </message>
    <message>
        <source>service code %1 appears twice</source>
        <translation>服务代码 %1 重复出现</translation>
    </message>
    <message>
        <source>%1: unknown sector '%2'</source>
        <translation>%1：未知行业 '%2'</translation>
    </message>
    <message>
        <source>%1: request type must be one of %2</source>
        <translation>%1：诉求类型必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1: the queue prefix must be one capital letter</source>
        <translation>%1：排队号前缀必须是一个大写字母</translation>
    </message>
    <message>
        <source>%1: checklist names an unknown document '%2'</source>
        <translation>%1：材料清单中有未知材料 '%2'</translation>
    </message>
    <message>
        <source>%1: document form must be original, copy or original+copy</source>
        <translation>%1：材料形式必须为原件、复印件或原件加复印件</translation>
    </message>
    <message>
        <source>%1: a document count must be 1 to 99</source>
        <translation>%1：材料份数必须为 1 至 99</translation>
    </message>
    <message>
        <source>%1: unknown condition '%2'</source>
        <translation>%1：未知条件 '%2'</translation>
    </message>
    <message>
        <source>%1: unknown form '%2'</source>
        <translation>%1：未知表单 '%2'</translation>
    </message>
    <message>
        <source>%1: unknown fee '%2'</source>
        <translation>%1：未知收费项目 '%2'</translation>
    </message>
    <message>
        <source>%1: unknown script set '%2'</source>
        <translation>%1：未知服务用语组 '%2'</translation>
    </message>
    <message>
        <source>%1: unknown stage '%2'</source>
        <translation>%1：未知服务环节 '%2'</translation>
    </message>
    <message>
        <source>the catalogue has no services</source>
        <translation>服务目录中没有任何服务</translation>
    </message>
</context>
<context>
    <name>CatalogueCommand</name>
    <message>
        <source>'catalogue verify FILE', 'import FILE', 'export --out FILE', 'list': the service catalogue signed by head office. 'sign' is head office's tool.</source>
        <translation>'catalogue verify 文件'、'import 文件'、'export --out 文件'、'list'：总部签名的服务目录。'sign' 是总部使用的工具。</translation>
    </message>
    <message>
        <source>verify FILE | import FILE | export | list | sign</source>
        <translation>verify 文件 | import 文件 | export | list | sign</translation>
    </message>
    <message>
        <source>Where export and sign write.</source>
        <translation>export 和 sign 的输出文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>sign: the unsigned catalogue document (JSON).</source>
        <translation>sign：未签名的服务目录文件（JSON）。</translation>
    </message>
    <message>
        <source>sign: head office's private key file (base64 of the 32-byte seed).</source>
        <translation>sign：总部私钥文件（32 字节种子的 base64）。</translation>
    </message>
    <message>
        <source>sign: use the public demo head-office key.</source>
        <translation>sign：使用公开的演示总部密钥。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli catalogue verify|import FILE | export --out FILE | list  --data-dir DIR</source>
        <translation>用法：counterdesk-cli catalogue verify|import 文件 | export --out 文件 | list  --data-dir 目录</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>This branch has no catalogue yet.</source>
        <translation>本网点还没有服务目录。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>sign needs --key FILE (or --demo-key).</source>
        <translation>sign 需要 --key 文件（或 --demo-key）。</translation>
    </message>
    <message>
        <source>The key file must hold the base64 of a 32-byte Ed25519 seed.</source>
        <translation>密钥文件必须包含 32 字节 Ed25519 种子的 base64 编码。</translation>
    </message>
    <message>
        <source>sign needs --in FILE, the catalogue document.</source>
        <translation>sign 需要 --in 文件（服务目录文件）。</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>未签名：%1</translation>
    </message>
</context>
<context>
    <name>CatalogueUpdate</name>
    <message>
        <source>Refused: this branch has no head-office key pinned, so no catalogue can be trusted. Pin one at set-up (counterdesk-cli init --hq-key).</source>
        <translation>已拒绝：本网点未固定总部公钥，无法信任任何服务目录。请在设置时固定（counterdesk-cli init --hq-key）。</translation>
    </message>
    <message>
        <source>Refused: %1. Nothing was changed.</source>
        <translation>已拒绝：%1。未做任何改动。</translation>
    </message>
    <message>
        <source>Refused: the catalogue is signed but malformed (%1). Nothing was changed.</source>
        <translation>已拒绝：服务目录虽有签名但格式有误（%1）。未做任何改动。</translation>
    </message>
    <message>
        <source>Refused: version %1 is older than version %2, which is in force. Nothing was changed.</source>
        <translation>已拒绝：第 %1 版比在用的第 %2 版更旧。未做任何改动。</translation>
    </message>
    <message>
        <source>Refused: a different document with the same version %1 is already in force; head office must issue a new version. Nothing was changed.</source>
        <translation>已拒绝：已有另一份同为第 %1 版的文件在用；总部须发布新版本。未做任何改动。</translation>
    </message>
    <message>
        <source>Version %1 is already in force; nothing to do.</source>
        <translation>第 %1 版已在使用中，无需操作。</translation>
    </message>
    <message>
        <source>Valid: catalogue version %1 of %2, %3 services and %4 fees, signed by head office (key %5).</source>
        <translation>有效：%2 发布的服务目录第 %1 版，%3 项服务、%4 个收费项目，由总部签名（公钥 %5）。</translation>
    </message>
    <message>
        <source>Applied catalogue version %1: %2 services, %3 fees.</source>
        <translation>已启用服务目录第 %1 版：%2 项服务，%3 个收费项目。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>'check id|uscc|phone VALUE': print 'valid' (exit 0) or what is wrong (exit 1).</source>
        <translation>'check id|uscc|phone 值'：输出 'valid'（退出码 0），或说明错在哪里（退出码 1）。</translation>
    </message>
    <message>
        <source>id (resident identity number), uscc (unified social credit code) or phone (mainland mobile number).</source>
        <translation>id（居民身份证号码）、uscc（统一社会信用代码）或 phone（内地手机号码）。</translation>
    </message>
    <message>
        <source>The value to check.</source>
        <translation>要校验的值。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli check id|uscc|phone VALUE</source>
        <translation>用法：counterdesk-cli check id|uscc|phone 值</translation>
    </message>
    <message numerus="yes">
        <source>Expected a kind and one value, got %n argument(s).</source>
        <translation>
            <numerusform>需要一个类型和一个值，实际收到 %n 个参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown kind '%1'.</source>
        <translation>未知类型 '%1'。</translation>
    </message>
</context>
<context>
    <name>CheckedTextEdit</name>
    <message>
        <source>Use the standard phrase</source>
        <translation>改用规范用语</translation>
    </message>
    <message>
        <source>Avoid saying “%1”; say instead: %2</source>
        <translation>避免说“%1”，可以说：%2</translation>
    </message>
    <message>
        <source>Avoid saying “%1”</source>
        <translation>避免说“%1”</translation>
    </message>
    <message>
        <source>Say instead: %1</source>
        <translation>改为：%1</translation>
    </message>
    <message>
        <source>Right-click, or press Alt+Enter at the phrase, to use it.</source>
        <translation>在该处右击，或按 Alt+Enter，即可替换。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Try 'counterdesk-cli %1 --help'.</source>
        <translation>请运行 'counterdesk-cli %1 --help' 查看用法。</translation>
    </message>
    <message>
        <source>The branch's data folder (default: %1).</source>
        <translation>网点的数据目录（默认：%1）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Read the database passphrase from the first line of FILE (else: the %1 environment variable, the keychain, or a prompt on a terminal).</source>
        <translation>从文件的第一行读取数据库口令（否则依次使用环境变量 %1、系统钥匙串，或在终端上提示输入）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Database passphrase: </source>
        <translation>数据库口令：</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was done.</source>
        <translation>两次输入的口令不一致，未做任何操作。</translation>
    </message>
    <message>
        <source>No passphrase: give --passphrase-file FILE or set %1. CounterDesk never creates or opens an unencrypted database.</source>
        <translation>没有口令：请用 --passphrase-file 文件 指定，或设置环境变量 %1。CounterDesk 从不创建或打开未加密的数据库。</translation>
    </message>
    <message>
        <source>(Keychain: %1.)</source>
        <translation>（钥匙串：%1。）</translation>
    </message>
</context>
<context>
    <name>ComplaintBook</name>
    <message>
        <source>At the counter</source>
        <translation>窗口现场</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Transferred by head office</source>
        <translation>总部转办</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>By SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Sign in to record a complaint.</source>
        <translation>请先登录再登记投诉。</translation>
    </message>
    <message>
        <source>Unknown channel %1 (one of: %2).</source>
        <translation>未知的投诉渠道 %1（可选：%2）。</translation>
    </message>
    <message>
        <source>Write down who complains (at most %1 characters).</source>
        <translation>请填写投诉人（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Write down what the complaint is about (at most %1 characters).</source>
        <translation>请填写投诉事项（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>There is no staff member called %1.</source>
        <translation>没有名为 %1 的工作人员。</translation>
    </message>
    <message>
        <source>The service code is too long.</source>
        <translation>业务代码过长。</translation>
    </message>
    <message>
        <source>There is no complaint number %1.</source>
        <translation>没有编号为 %1 的投诉。</translation>
    </message>
    <message>
        <source>Sign in to add a note.</source>
        <translation>请先登录再添加进展记录。</translation>
    </message>
    <message>
        <source>Complaint %1 is closed.</source>
        <translation>投诉 %1 已办结。</translation>
    </message>
    <message>
        <source>Write the note (at most %1 characters).</source>
        <translation>请填写进展记录（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Complaint %1 is already closed.</source>
        <translation>投诉 %1 已经办结。</translation>
    </message>
    <message>
        <source>A complaint closes only with the answer given to the customer: write it down.</source>
        <translation>投诉须记录给客户的答复后才能办结：请填写答复内容。</translation>
    </message>
    <message>
        <source>The answer is too long (at most %1 characters).</source>
        <translation>答复过长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Say how the customer was answered (one of: %1).</source>
        <translation>请选择答复客户的方式（可选：%1）。</translation>
    </message>
    <message>
        <source>The complaint has no phone number for an SMS.</source>
        <translation>该投诉没有手机号码，无法短信答复。</translation>
    </message>
</context>
<context>
    <name>ComplaintCommand</name>
    <message>
        <source>'complaint add|list|note ID|close ID|escalate': complaints, one line each (phones masked).</source>
        <translation>'complaint add|list|note 编号|close 编号|escalate'：投诉，每条一行（手机号码脱敏）。</translation>
    </message>
    <message>
        <source>add | list | note ID | close ID | escalate</source>
        <translation>add | list | note 编号 | close 编号 | escalate</translation>
    </message>
    <message>
        <source>The staff member who acts (their login).</source>
        <translation>经办的工作人员（登录名）。</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>add: how it came in: %1.</source>
        <translation>add：投诉渠道：%1。</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>add: the complainant's name.</source>
        <translation>add：投诉人姓名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>add: the complainant's mobile number.</source>
        <translation>add：投诉人手机号码。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>add: what the complaint is about.</source>
        <translation>add：投诉事项。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>add: the staff member concerned (login).</source>
        <translation>add：被投诉的工作人员（登录名）。</translation>
    </message>
    <message>
        <source>add: the service concerned (code).</source>
        <translation>add：涉及的业务（代码）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>note: the progress note.</source>
        <translation>note：进展记录。</translation>
    </message>
    <message>
        <source>close: the answer given to the customer.</source>
        <translation>close：给客户的答复。</translation>
    </message>
    <message>
        <source>close: how it was given: %1.</source>
        <translation>close：答复方式：%1。</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>list: closed ones too.</source>
        <translation>list：同时列出已办结的投诉。</translation>
    </message>
    <message>
        <source>list: only open ones due within N working days (reminders).</source>
        <translation>list：只列出 N 个工作日内到期的未办结投诉（催办提醒）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli complaint add --as LOGIN --name NAME --matter TEXT [--channel CHANNEL] [--phone PHONE] [--staff LOGIN] [--service CODE] | list [--all] [--due-within N] | note ID --as LOGIN --text TEXT | close ID --as LOGIN --answer TEXT --via HOW | escalate  --data-dir DIR</source>
        <translation>用法：counterdesk-cli complaint add --as 登录名 --name 姓名 --matter 文本 [--channel 渠道] [--phone 手机号码] [--staff 登录名] [--service 代码] | list [--all] [--due-within N] | note 编号 --as 登录名 --text 文本 | close 编号 --as 登录名 --answer 文本 --via 方式 | escalate  --data-dir 目录</translation>
    </message>
    <message>
        <source>A complaint is named by its number, e.g. 'complaint note 3'.</source>
        <translation>投诉以编号指定，例如 'complaint note 3'。</translation>
    </message>
    <message>
        <source>--due-within takes a number of working days.</source>
        <translation>--due-within 的值应为工作日天数。</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) escalated to head office.</source>
        <translation>
            <numerusform>已向总部升级 %n 件投诉。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who acts with --as LOGIN (an active staff member).</source>
        <translation>请用 --as 登录名 指明经办人（在职的工作人员）。</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Overdue, escalated</source>
        <translation>已逾期，已升级</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>首问负责人</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>投诉事项</translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <source>Complaints</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Show answered complaints too</source>
        <translation>同时显示已答复的投诉</translation>
    </message>
    <message>
        <source>&amp;Record a complaint…</source>
        <translation>登记投诉(&amp;R)…</translation>
    </message>
    <message>
        <source>Progress &amp;note…</source>
        <translation>进展记录(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Close with the answer…</source>
        <translation>答复并办结(&amp;C)…</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>答复方式：</translation>
    </message>
    <message>
        <source>Select a complaint to see its progress notes.</source>
        <translation>选择一件投诉以查看处理进展。</translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation>投诉 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Answered (%1): %2</source>
        <translation>已答复（%1）：%2</translation>
    </message>
    <message>
        <source>Record a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Mobile phone (optional)</source>
        <translation>手机号码（选填）</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>Staff concerned (login, optional)</source>
        <translation>被投诉人员（登录名，选填）</translation>
    </message>
    <message>
        <source>Service concerned (code, optional)</source>
        <translation>涉及业务（代码，选填）</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Answer to the customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <source>The answer given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Co&amp;mplaints…</source>
        <translation>投诉处理(&amp;M)…</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
</context>
<context>
    <name>CreditCodeValidator</name>
    <message>
        <source>No credit code given.</source>
        <translation>未提供统一社会信用代码。</translation>
    </message>
    <message>
        <source>18 characters expected, got %1.</source>
        <translation>应为 18 位，实际为 %1 位。</translation>
    </message>
    <message>
        <source>Character '%1' at position %2 is not allowed in a credit code (it uses digits and capital letters except I, O, S, V and Z).</source>
        <translation>第 %2 位的 '%1' 不能出现在统一社会信用代码中（只用数字和除 I、O、S、V、Z 以外的大写字母）。</translation>
    </message>
    <message>
        <source>The first character (registering authority) is '%1'; the standard defines only 1 to 9, A, N and Y.</source>
        <translation>第 1 位（登记管理部门代码）是 '%1'；标准只定义了 1 至 9、A、N 和 Y。</translation>
    </message>
    <message>
        <source>The second character (organisation type) is '%1', which is not defined for registering authority %2 (allowed: %3).</source>
        <translation>第 2 位（机构类别代码）是 '%1'，登记管理部门 %2 下没有这一类别（允许：%3）。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 are the region code and must be digits, not %1.</source>
        <translation>第 3 至 8 位是行政区划码，必须是数字，而不是 %1。</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2.</source>
        <translation>校验码应为 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>CutOffSetting</name>
    <message>
        <source>The setting %1 is '%2', which is not a time of the form HH:MM (e.g. 16:30); the default cut-off %3 applies.</source>
        <translation>设置项 %1 的值为 '%2'，不是 HH:MM 格式的时间（如 16:30）；按默认截止时间 %3 执行。</translation>
    </message>
</context>
<context>
    <name>DailyLog</name>
    <message>
        <source>The remarks are too long (at most %1 characters).</source>
        <translation>备注太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>%1 has not happened yet.</source>
        <translation>%1 尚未到来。</translation>
    </message>
    <message>
        <source>Unknown kind of entry: %1.</source>
        <translation>未知的记录类型：%1。</translation>
    </message>
    <message>
        <source>Describe what happened (at most %1 characters).</source>
        <translation>请描述发生的情况（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Daily log</source>
        <translation>营业日志</translation>
    </message>
    <message>
        <source>Business day %1</source>
        <translation>营业日 %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>signed by %1 at %2 (revision %3)</source>
        <translation>%1 于 %2 签署（第 %3 版）</translation>
    </message>
    <message>
        <source>draft, not signed</source>
        <translation>草稿，未签署</translation>
    </message>
    <message>
        <source>Tickets:</source>
        <translation>取号：</translation>
    </message>
    <message>
        <source>%1 issued, %2 served, %3 no-shows</source>
        <translation>取号 %1，办结 %2，过号 %3</translation>
    </message>
    <message>
        <source>Waits:</source>
        <translation>等候时间：</translation>
    </message>
    <message>
        <source>Service time:</source>
        <translation>办理时间：</translation>
    </message>
    <message>
        <source>average %1 (min:s)</source>
        <translation>平均 %1（分:秒）</translation>
    </message>
    <message>
        <source>Window %1: %2 served, %3 no-shows, service average %4</source>
        <translation>%1号窗口：办结 %2，过号 %3，平均办理 %4</translation>
    </message>
    <message>
        <source>Cases opened: %1; one-time notices: %2; accepted: %3</source>
        <translation>接件 %1；一次性告知 %2；受理 %3</translation>
    </message>
    <message>
        <source>Refused: %1; referred: %2; cancelled: %3</source>
        <translation>不予受理 %1；转办 %2；撤销 %3</translation>
    </message>
    <message>
        <source>Ready: %1; extended: %2; overdue: %3</source>
        <translation>办结待领 %1；延期 %2；逾期未办结 %3</translation>
    </message>
    <message>
        <source>Questions recorded: %1; answered: %2; reprints: %3</source>
        <translation>登记待答复咨询 %1；已答复 %2；补打 %3</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>Equipment fault</source>
        <translation>设备故障</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>分业务统计</translation>
    </message>
    <message>
        <source>By window</source>
        <translation>分窗口统计</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Incidents and equipment faults</source>
        <translation>突发事件与设备故障</translation>
    </message>
    <message>
        <source>Manager's remarks: %1</source>
        <translation>主管意见：%1</translation>
    </message>
    <message>
        <source>Digest (SHA-256): %1</source>
        <translation>摘要（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Hall manager:</source>
        <translation>大堂经理（签字）：</translation>
    </message>
    <message>
        <source>average %1, 90% within %2 (min:s)</source>
        <translation>平均 %1，90% 不超过 %2（分:秒）</translation>
    </message>
    <message>
        <source>%1: %2 issued, %3 served, wait average %4, 90% within %5</source>
        <translation>%1：取号 %2，办结 %3，平均等候 %4，90% 不超过 %5</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约办理</translation>
    </message>
    <message>
        <source>Bookings for today's slots: %1; checked in: %2 (served: %3); no-shows: %4; still to come: %5; cancelled: %6</source>
        <translation>今日时段预约：%1；已签到：%2（已办结：%3）；爽约：%4；尚未到时：%5；已取消：%6</translation>
    </message>
    <message>
        <source>Booked customers waited on average %1, 90% within %2 (%3 called); walk-ins %4, 90% within %5 (%6 called)</source>
        <translation>预约客户平均等候 %1，90% 在 %2 以内（已叫号 %3）；现场取号客户 %4，90% 在 %5 以内（已叫号 %6）</translation>
    </message>
</context>
<context>
    <name>DailyLogDialog</name>
    <message>
        <source>Daily log</source>
        <translation>营业日志</translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation>营业日：</translation>
    </message>
    <message>
        <source>Manager's remarks (signed with the log):</source>
        <translation>主管意见（随日志签署）：</translation>
    </message>
    <message>
        <source>Record an &amp;incident…</source>
        <translation>登记突发事件(&amp;I)…</translation>
    </message>
    <message>
        <source>Record an &amp;equipment fault…</source>
        <translation>登记设备故障(&amp;E)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF</source>
        <translation>另存为 PDF(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign the log</source>
        <translation>签署日志(&amp;S)</translation>
    </message>
    <message>
        <source>Correction %1 signed.</source>
        <translation>第 %1 版更正已签署。</translation>
    </message>
    <message>
        <source>The log is signed. Further changes to this day need a manager's authorisation.</source>
        <translation>日志已签署。此后对当日的改动须经主管授权。</translation>
    </message>
    <message>
        <source>Record an equipment fault</source>
        <translation>登记设备故障</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>登记突发事件</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>情况说明：</translation>
    </message>
    <message>
        <source>Recorded for today's log.</source>
        <translation>已记入今日日志。</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法生成 PDF：%1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No passphrase was given. CounterDesk never creates or opens an unencrypted database.</source>
        <translation>未提供口令。CounterDesk 从不创建或打开未加密的数据库。</translation>
    </message>
    <message>
        <source>A branch database already exists at %1; it was left as it was.</source>
        <translation>%1 处已有网点数据库，未做任何改动。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>There is no branch database at %1. Create one with 'counterdesk-cli init', or start CounterDesk to set one up.</source>
        <translation>%1 处没有网点数据库。请用 'counterdesk-cli init' 创建，或启动 CounterDesk 进行首次设置。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a CounterDesk database. CounterDesk never opens unencrypted files; nothing was changed.</source>
        <translation>%1 是未加密的 SQLite 文件，不是 CounterDesk 数据库。CounterDesk 从不打开未加密的文件；未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged (its size, %2 bytes, is not a whole number of pages). Nothing was changed; restore it from a backup.</source>
        <translation>%1 已被截断或损坏（文件大小 %2 字节不是整页数）。未做任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged. Nothing was changed; restore it from a backup.</source>
        <translation>%1 已被截断或损坏。未做任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a CounterDesk database. Nothing was changed.</source>
        <translation>%1 是加密数据库，但不是 CounterDesk 数据库。未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer CounterDesk (data version %2; this program knows up to %3). Install the newer version; nothing was changed.</source>
        <translation>%1 由更新版本的 CounterDesk 写入（数据版本 %2；本程序最高支持 %3）。请安装新版本；未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is open in another program (an SQLCipher client?). Close it and try again. Nothing was changed.</source>
        <translation>%1 正被另一个程序打开（某个 SQLCipher 客户端？）。请关闭它后重试。未做任何改动。</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it was.</source>
        <translation>%1 已存在，保持原样。</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>无法创建锁文件 %1：%2</translation>
    </message>
    <message>
        <source>The branch is in use: a CounterDesk window, the hall host or another counterdesk-cli command has it open. Close every CounterDesk window on this computer and stop the hall host (systemctl stop counterdesk-hall), then try again. Nothing was changed.</source>
        <translation>网点正在使用：某个 CounterDesk 窗口、大厅主机或另一条 counterdesk-cli 命令打开着它。请关闭本机所有 CounterDesk 窗口并停止大厅主机（systemctl stop counterdesk-hall），然后重试。未做任何改动。</translation>
    </message>
    <message>
        <source>The branch database is being restored or given a new passphrase (counterdesk-cli restore or rekey). Try again when that has finished.</source>
        <translation>网点数据库正在恢复或更换口令（counterdesk-cli restore 或 rekey）。请在其完成后重试。</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>Wrong passphrase, or not a CounterDesk database. Nothing was changed.</source>
        <translation>口令错误，或这不是 CounterDesk 数据库。未做任何改动。</translation>
    </message>
    <message>
        <source>The branch database is damaged or truncated (%1). Nothing was changed; restore it from a backup.</source>
        <translation>网点数据库已损坏或被截断（%1）。未做任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>The disk is full: this change was not saved. Free some disk space and try again; nothing else was lost.</source>
        <translation>磁盘已满：本次更改未保存。请释放磁盘空间后重试；其他数据均未丢失。</translation>
    </message>
    <message>
        <source>The branch database cannot be written (%1). Check that its folder is writable and the disk is mounted.</source>
        <translation>无法写入网点数据库（%1）。请检查其文件夹是否可写、磁盘是否已挂载。</translation>
    </message>
    <message>
        <source>The branch database is busy in another program. Try again in a moment.</source>
        <translation>网点数据库正被其他程序使用，请稍后重试。</translation>
    </message>
    <message>
        <source>The change breaks a rule of the data: %1</source>
        <translation>此更改违反了数据规则：%1</translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved; check the disk.</source>
        <translation>磁盘报告错误（%1）。未保存任何内容；请检查磁盘。</translation>
    </message>
    <message>
        <source>Database error: %1 (code %2)</source>
        <translation>数据库错误：%1（代码 %2）</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <source>'device add --role counter|kiosk|display --name NAME', 'list', 'revoke --id N': devices paired with the hall host.</source>
        <translation>'device add --role counter|kiosk|display --name NAME'、'list'、'revoke --id N'：与大厅主机配对的设备。</translation>
    </message>
    <message>
        <source>add: counter, kiosk or display.</source>
        <translation>add：counter（窗口）、kiosk（取号机）或 display（大厅显示屏）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>add: the device's name (e.g. "Window 3").</source>
        <translation>add：设备名称（例如“3号窗口”）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>revoke: the device's number (see list).</source>
        <translation>revoke：设备编号（见 list）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli device add --role counter|kiosk|display --name NAME | list | revoke --id N  --data-dir DIR</source>
        <translation>用法：counterdesk-cli device add --role counter|kiosk|display --name 名称 | list | revoke --id N  --data-dir 目录</translation>
    </message>
    <message>
        <source>Say the device's role: --role counter, kiosk or display.</source>
        <translation>请指定设备角色：--role counter、kiosk 或 display。</translation>
    </message>
    <message>
        <source>Say which device: --id N (see 'counterdesk-cli device list').</source>
        <translation>请指定设备：--id N（见 'counterdesk-cli device list'）。</translation>
    </message>
    <message>
        <source>Device %1 is revoked: its token no longer opens the hall host.</source>
        <translation>设备 %1 已撤销配对：其令牌不能再访问大厅主机。</translation>
    </message>
    <message>
        <source>Device %1 (%2, %3) is paired. Enter the token above on the device; it is shown only this once. The device must see the host certificate %4.</source>
        <translation>设备 %1（%2，%3）已配对。请在该设备上输入上方的令牌，令牌仅显示这一次。设备须核对主机证书 %4。</translation>
    </message>
</context>
<context>
    <name>DeviceDirectory</name>
    <message>
        <source>A device needs a name (e.g. "Window 3").</source>
        <translation>设备需要名称（例如“3号窗口”）。</translation>
    </message>
    <message>
        <source>The device's name is too long (at most 100 characters).</source>
        <translation>设备名称过长（最多 100 个字符）。</translation>
    </message>
    <message>
        <source>There is no device %1 (see 'counterdesk-cli device list').</source>
        <translation>没有编号为 %1 的设备（见 'counterdesk-cli device list'）。</translation>
    </message>
    <message>
        <source>Device %1 (%2) is already revoked.</source>
        <translation>设备 %1（%2）已经撤销配对。</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Hall display</source>
        <comment>window title</comment>
        <translation>叫号显示屏</translation>
    </message>
    <message>
        <source>Now calling</source>
        <comment>hall display heading</comment>
        <translation>正在叫号</translation>
    </message>
    <message>
        <source>Please wait for your number to be called</source>
        <comment>hall display, no calls</comment>
        <translation>请留意叫号</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <comment>hall display</comment>
        <translation>最近叫号</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>hall display: people waiting per service</comment>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>The display has lost the hall host: reconnecting…</source>
        <comment>hall display banner</comment>
        <translation>显示屏与叫号主机的连接已中断，正在重新连接…</translation>
    </message>
    <message>
        <source>Window %1</source>
        <comment>hall display: where to go</comment>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>%1 → window %2</source>
        <comment>hall display: a past call</comment>
        <translation>%1 → %2号窗口</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>hall display: people waiting</comment>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <comment>hall display</comment>
        <translation>暂无等候</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>转办告知单</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>办理事项：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>To be completed by:</source>
        <translation>承诺办结日期：</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>收费：</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>尚需补充的材料</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Scan to follow your case</source>
        <translation>扫码查询办理进度</translation>
    </message>
    <message>
        <source>Applicant's signature:</source>
        <translation>申请人签字：</translation>
    </message>
    <message>
        <source>Clerk:</source>
        <translation>经办人签章：</translation>
    </message>
    <message>
        <source>Handled by: %1, window %2, %3</source>
        <translation>经办人：%1（%2号窗口），%3</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Progress enquiries: scan the code or call the service hotline %1.</source>
        <translation>查询办理进度：请扫描二维码或拨打服务热线 %1。</translation>
    </message>
    <message>
        <source>original, %1</source>
        <translation>原件 %1 份</translation>
    </message>
    <message>
        <source>copy, %1</source>
        <translation>复印件 %1 份</translation>
    </message>
    <message>
        <source>original and copy, %1 each</source>
        <translation>原件及复印件各 %1 份</translation>
    </message>
    <message>
        <source>%1: %2 (missing)</source>
        <translation>%1：%2（缺）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>These are all the documents still needed for this matter. Please bring them to window %1 of this hall by %2; you need not queue again.</source>
        <translation>以上是办理本事项还需要的全部材料。请于%2前带齐后到本厅%1号窗口续办，无需重新排队取号。</translation>
    </message>
    <message>
        <source>Provisional: the holiday calendar for %1 is not yet published, so only weekends were counted; the date may change.</source>
        <translation>暂定：%1 年节假日安排尚未公布，仅按周末推算，日期可能调整。</translation>
    </message>
    <message>
        <source>If you disagree: %1</source>
        <translation>如有异议：%1</translation>
    </message>
    <message>
        <source>Your matter is handled by %1. We have told them about it; please contact:</source>
        <translation>您的事项由%1办理，我们已与其联系，请与以下人员联系：</translation>
    </message>
    <message>
        <source>%1 — contact: %2 — phone: %3 — %4</source>
        <translation>%1　联系人：%2　电话：%3　地址：%4</translation>
    </message>
    <message>
        <source>[%1] Your matter %2 (%3) is ready. Please collect it with your identity card.</source>
        <translation>【%1】您办理的%3（编号%2）已办结，请携带身份证前来领取。</translation>
    </message>
    <message>
        <source>[%1] Your matter %2 needs more time: %3. New date: %4.</source>
        <translation>【%1】您的办件%2需延期办理，原因：%3。新的办结日期：%4。</translation>
    </message>
    <message>
        <source>People waiting ahead of you: %1</source>
        <translation>您前面还有 %1 人等候</translation>
    </message>
    <message>
        <source>Ticket taken: %1</source>
        <translation>取号时间：%1</translation>
    </message>
    <message>
        <source>Scan the code to follow the queue and rate our service</source>
        <translation>请扫码查看排队进度并评价服务</translation>
    </message>
    <message>
        <source>Please keep this ticket and listen for your number to be called.</source>
        <translation>请妥善保管此号票，留意叫号。</translation>
    </message>
    <message>
        <source>%1: ¥%2 per %3</source>
        <translation>%1：每%3 ¥%2</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>申请书</translation>
    </message>
    <message>
        <source>Collection notice</source>
        <translation>领取通知书</translation>
    </message>
    <message>
        <source>Identity document:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>代理人：</translation>
    </message>
    <message>
        <source>Agent's identity document:</source>
        <translation>代理人证件：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>填表日期：</translation>
    </message>
    <message>
        <source>Documents submitted</source>
        <translation>随附材料</translation>
    </message>
    <message>
        <source>I declare that the information above is true and complete and that the documents I submit are genuine. I know that false information may lead to refusal and to liability under the law.</source>
        <translation>本人承诺以上信息真实、完整，所提交材料真实有效。如有虚假，申请可能不予受理，并依法承担相应责任。</translation>
    </message>
    <message>
        <source>Please check every line before you sign, and tell the clerk if anything is wrong.</source>
        <translation>请逐项核对后签字；如有错误，请告知工作人员。</translation>
    </message>
    <message>
        <source>Date signed:</source>
        <translation>签字日期：</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>办件识别码</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>受理编号：</translation>
    </message>
    <message>
        <source>Ready since:</source>
        <translation>办结日期：</translation>
    </message>
    <message>
        <source>Your matter is ready. Please collect it at window %1 of %2 during opening hours, with this notice and the identity document you applied with.</source>
        <translation>您的事项已办结。请在办公时间到%2%1号窗口领取，并携带本通知书和申请时所用的身份证件。</translation>
    </message>
    <message>
        <source>Someone collecting for you brings a power of attorney signed by you and their own identity card.</source>
        <translation>委托他人领取的，受托人须携带您签字的授权委托书和本人身份证件。</translation>
    </message>
    <message>
        <source>Reprint no. %1, %2: the original receipt is no longer valid.</source>
        <translation>补打第 %1 次（%2），原回执作废。</translation>
    </message>
    <message>
        <source>[%1] The answer to your question of %2: %3</source>
        <translation>【%1】您%2咨询的问题答复如下：%3</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>[%1] The answer to your complaint of %2: %3</source>
        <translation>【%1】您%2反映的投诉答复如下：%3</translation>
    </message>
    <message>
        <source>[%1] Booking confirmed: %2, %3 at %4. Your code is %5: check in at the hall from %6 minutes before. Your booking: %7</source>
        <translation>【%1】预约成功：%2，%3 %4。预约码 %5，请于时段开始前 %6 分钟起到厅签到。预约详情：%7</translation>
    </message>
    <message>
        <source>[%1] Your booking %2 for %3 at %4 is cancelled.</source>
        <translation>【%1】您 %3 %4 的预约 %2 已取消。</translation>
    </message>
    <message>
        <source>[%1] About your booking %2 for %3 on %4 at %5: fewer windows are open that day, so you may wait longer. Your booking stands; to choose another time, open %6</source>
        <translation>【%1】关于您 %4 %5 办理“%3”的预约 %2：当天开放的窗口减少，等候时间可能较长。您的预约仍然有效；如需改约其他时间，请打开 %6</translation>
    </message>
    <message>
        <source>Booking slip</source>
        <translation>预约凭条</translation>
    </message>
    <message>
        <source>Appointment: %1 %2–%3</source>
        <translation>预约时间：%1 %2–%3</translation>
    </message>
    <message>
        <source>Your booking code (type or scan it at the hall to check in)</source>
        <translation>预约码（到厅签到时输入或扫码）</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>手机：%1</translation>
    </message>
    <message>
        <source>Please check in at the hall between %1 and %2</source>
        <translation>请于 %1–%2 到厅签到</translation>
    </message>
    <message>
        <source>Cannot come? Please cancel by %1 on the booking page or at reception.</source>
        <translation>如不能前来，请于 %1 前在预约页面或服务台取消。</translation>
    </message>
    <message>
        <source>%1 missed bookings within %2 days stop online booking for %3 days.</source>
        <translation>%2 天内爽约 %1 次，将暂停在线预约 %3 天。</translation>
    </message>
    <message>
        <source>Scan to see or cancel your booking</source>
        <translation>扫码查看或取消预约</translation>
    </message>
    <message>
        <source>Please bring the documents your service needs, and keep this slip.</source>
        <translation>请携带办理业务所需材料，并妥善保管本凭条。</translation>
    </message>
    <message>
        <source>Booked %1</source>
        <translation>预约 %1</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <source>Print the due date of a time limit of N working or natural days (YYYY-MM-DD).</source>
        <translation>输出 N 个工作日或自然日时限的到期日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The start date; it is not counted itself (e.g. 2025-09-30).</source>
        <translation>起算日期，当天不计入（例如 2025-09-30）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The time limit in days (0 to %1).</source>
        <translation>时限天数（0 至 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>'working': skip weekends and statutory days off, count make-up working days; 'natural': calendar days, extended by statutory days off that fall on Monday to Friday.</source>
        <translation>'working'：跳过周末和法定节假日，调休上班日计入；'natural'：按自然日计，遇周一至周五的法定节假日相应顺延。</translation>
    </message>
    <message>
        <source>working|natural</source>
        <translation>working|natural</translation>
    </message>
    <message>
        <source>Use the holiday calendar in FILE (date&lt;TAB&gt;off|work&lt;TAB&gt;name) instead of the built-in one.</source>
        <translation>使用文件中的节假日日历（日期&lt;TAB&gt;off|work&lt;TAB&gt;名称）代替内置日历。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli due --from YYYY-MM-DD --days N --kind working|natural [--calendar FILE]</source>
        <translation>用法：counterdesk-cli due --from YYYY-MM-DD --days N --kind working|natural [--calendar 文件]</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>缺少 --%1。</translation>
    </message>
    <message>
        <source>--from: '%1' is not a date of the form YYYY-MM-DD.</source>
        <translation>--from：'%1' 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--from: %1 is not a real date.</source>
        <translation>--from：%1 不是真实存在的日期。</translation>
    </message>
    <message>
        <source>--days: %1 is negative; a time limit is 0 days or more.</source>
        <translation>--days：%1 是负数；时限须为 0 天或以上。</translation>
    </message>
    <message>
        <source>--days: '%1' is not a whole number of days.</source>
        <translation>--days：'%1' 不是整数天数。</translation>
    </message>
    <message>
        <source>--days: %1 is more than %2 days.</source>
        <translation>--days：%1 超过了 %2 天。</translation>
    </message>
    <message>
        <source>--kind: unknown kind '%1'; use working or natural.</source>
        <translation>--kind：未知类型 '%1'；请使用 working 或 natural。</translation>
    </message>
    <message>
        <source>Cannot read the calendar %1: %2</source>
        <translation>无法读取日历文件 %1：%2</translation>
    </message>
    <message>
        <source>The calendar %1 is not valid: %2</source>
        <translation>日历文件 %1 无效：%2</translation>
    </message>
    <message>
        <source>The due date is out of range.</source>
        <translation>到期日期超出范围。</translation>
    </message>
    <message>
        <source>Warning: no published holiday calendar for %1, so only weekends were skipped there; the date is provisional.</source>
        <translation>警告：%1 年的节假日安排尚未公布，该年只跳过了周末；此日期为暂定。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up this branch</source>
        <translation>设置本网点</translation>
    </message>
    <message>
        <source>Welcome to CounterDesk. Name this branch and choose the passphrase that encrypts all of its records. Keep the passphrase safe: without it the records cannot be opened, by anyone.</source>
        <translation>欢迎使用 CounterDesk。请为本网点命名，并设置用于加密全部记录的口令。请妥善保管口令：没有它，任何人都无法打开这些记录。</translation>
    </message>
    <message>
        <source>Branch &amp;name:</source>
        <translation>网点名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Chaoyang Road Service Hall</source>
        <translation>例如：朝阳路营业厅</translation>
    </message>
    <message>
        <source>Branch &amp;code:</source>
        <translation>网点代码(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. BJ0101</source>
        <translation>例如：BJ0101</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>确认口令(&amp;R)：</translation>
    </message>
    <message>
        <source>Remember the passphrase in this computer's &amp;keychain</source>
        <translation>在本机钥匙串中记住口令(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Create branch</source>
        <translation>创建网点(&amp;C)</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>很弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>很强</translation>
    </message>
    <message>
        <source>Give the branch a name.</source>
        <translation>请填写网点名称。</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>请设置口令。</translation>
    </message>
    <message>
        <source>The passphrase is too weak: make it longer, e.g. four unrelated words.</source>
        <translation>口令太弱：请加长，例如使用四个互不相关的词。</translation>
    </message>
    <message>
        <source>Repeat the passphrase exactly.</source>
        <translation>请准确地再次输入口令。</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <source>The branch was created, but the passphrase could not be kept in this computer's keychain (%1). CounterDesk will ask for it at every start.</source>
        <translation>网点已创建，但口令未能保存到本机钥匙串（%1）。CounterDesk 每次启动时都会询问口令。</translation>
    </message>
</context>
<context>
    <name>HallApi</name>
    <message>
        <source>The request needs a JSON body.</source>
        <translation>请求需要 JSON 正文。</translation>
    </message>
    <message>
        <source>Send the body as Content-Type: application/json.</source>
        <translation>请以 Content-Type: application/json 发送正文。</translation>
    </message>
    <message>
        <source>The body is not a JSON object (%1 at byte %2).</source>
        <translation>正文不是 JSON 对象（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>Unknown member "%1" (allowed: %2).</source>
        <translation>未知字段“%1”（允许的字段：%2）。</translation>
    </message>
    <message>
        <source>"%1" is missing.</source>
        <translation>缺少“%1”。</translation>
    </message>
    <message>
        <source>"%1" must be a text of 1 to %2 characters.</source>
        <translation>“%1”须为 1 至 %2 个字符的文本。</translation>
    </message>
    <message>
        <source>There is no such address in the hall API (see docs/api.md).</source>
        <translation>大厅接口中没有这个地址（见 docs/api.md）。</translation>
    </message>
    <message>
        <source>Use %1 for this address.</source>
        <translation>此地址请使用 %1 方法。</translation>
    </message>
    <message>
        <source>This device is not paired with the hall host, or its pairing was revoked.</source>
        <translation>此设备未与大厅主机配对，或其配对已被撤销。</translation>
    </message>
    <message>
        <source>A %1 device may not do this.</source>
        <translation>%1 类设备无权执行此操作。</translation>
    </message>
    <message>
        <source>A window is a number from 1 to 999.</source>
        <translation>窗口号须为 1 至 999 的数字。</translation>
    </message>
    <message>
        <source>"group" must be one of: %1.</source>
        <translation>“group”须为以下之一：%1。</translation>
    </message>
    <message>
        <source>We cannot find this ticket. A ticket is valid on the day it was taken; if you still need service, please take a new number at the kiosk.</source>
        <translation>找不到这张号票。号票仅在取号当天有效；如仍需办理，请到取号机重新取号。</translation>
    </message>
    <message>
        <source>We cannot find this ticket. A ticket can be rated on the day it was taken.</source>
        <translation>找不到这张号票。号票只能在取号当天评价。</translation>
    </message>
    <message>
        <source>"level" must be a whole number from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>"level" 必须是 1（非常不满意）到 5（非常满意）之间的整数。</translation>
    </message>
    <message>
        <source>"criteria" must be an object.</source>
        <translation>"criteria" 必须是一个对象。</translation>
    </message>
    <message>
        <source>Each criterion (%1) is a whole number from 1 to 5.</source>
        <translation>各项评价（%1）都是 1 到 5 之间的整数。</translation>
    </message>
    <message>
        <source>"comment" must be a text of at most %1 characters.</source>
        <translation>"comment" 必须是不超过 %1 个字的文本。</translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again.</source>
        <translation>您的登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>You signed in at window %1, not %2.</source>
        <translation>您登录的是%1号窗口，不是%2号窗口。</translation>
    </message>
    <message>
        <source>Window %1 is open.</source>
        <translation>%1号窗口已开放。</translation>
    </message>
    <message>
        <source>Window %1 paused: %2</source>
        <translation>%1号窗口暂停服务：%2</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests from this device: try again in %n second(s).</source>
        <translation>
            <numerusform>此设备请求过于频繁，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>We cannot find this booking. Please check the link in your message, or ask at the hall.</source>
        <translation>找不到此预约。请核对短信中的链接，或到大厅咨询。</translation>
    </message>
    <message>
        <source>Ask for the slots with ?service=CODE&amp;date=YYYY-MM-DD.</source>
        <translation>查询时段请使用 ?service=业务代码&amp;date=YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>This service cannot be booked online.</source>
        <translation>该业务不能在线预约。</translation>
    </message>
    <message>
        <source>%1 has passed: please choose a day from today.</source>
        <translation>%1 已经过去，请选择今天或以后的日期。</translation>
    </message>
    <message numerus="yes">
        <source>Bookings open %n working day(s) ahead: the last day that can be booked today is %1.</source>
        <translation>
            <numerusform>可提前 %n 个工作日预约：今天最远可预约到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booking for %1 has closed (%n minute(s) before each slot).</source>
        <translation>
            <numerusform>%1 的预约已截止（每个时段开始前 %n 分钟截止）。</numerusform>
        </translation>
    </message>
    <message>
        <source>"date" is YYYY-MM-DD and "time" is HH:mm.</source>
        <translation>"date" 的格式为 YYYY-MM-DD，"time" 的格式为 HH:mm。</translation>
    </message>
    <message>
        <source>Please enter your name (at most %1 characters).</source>
        <translation>请填写姓名（不超过 %1 个字）。</translation>
    </message>
    <message>
        <source>Please enter a mainland mobile number: 11 digits starting with 13 to 19.</source>
        <translation>请填写中国大陆手机号码：11 位数字，以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>This phone number cannot book online until %1, because of bookings that were missed. You can still come to the hall: reception can book for you.</source>
        <translation>由于多次预约未到，该手机号码在 %1 之前不能在线预约。您仍可到大厅，由前台为您预约。</translation>
    </message>
</context>
<context>
    <name>HallHost</name>
    <message>
        <source>The host's TLS certificate could not be read.</source>
        <translation>无法读取主机的 TLS 证书。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的 %2 端口监听：%3</translation>
    </message>
</context>
<context>
    <name>HallHostDialog</name>
    <message>
        <source>Hall host</source>
        <translation>大厅主机</translation>
    </message>
    <message>
        <source>While this app runs, this PC can serve the hall's one queue to the other counters, the kiosk, the display and the customers' phones over the local network (HTTPS with this branch's own certificate). For a host that runs without anyone signed in, use the counterdesk-hall service instead.</source>
        <translation>本程序运行期间，这台电脑可以通过局域网（使用本网点自己的证书，HTTPS）为其他窗口、取号机、显示屏和客户手机提供大厅统一的排队服务。若需在无人登录时也持续运行的主机，请改用 counterdesk-hall 服务。</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>服务状态</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>证书指纹：</translation>
    </message>
    <message>
        <source>Pair a device</source>
        <translation>配对设备</translation>
    </message>
    <message>
        <source>Counter PC</source>
        <translation>窗口电脑</translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>大厅显示屏</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>e.g. Window 3</source>
        <translation>例如：3号窗口</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>配对</translation>
    </message>
    <message>
        <source>Stop serving</source>
        <translation>停止服务</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>开始服务</translation>
    </message>
    <message>
        <source>Serving at https://%1:%2/ — paired devices pin the certificate by its fingerprint below.</source>
        <translation>正在 https://%1:%2/ 提供服务 — 已配对设备按下方指纹锁定证书。</translation>
    </message>
    <message>
        <source>Not serving: the other PCs cannot reach this hall.</source>
        <translation>未提供服务：其他电脑无法连接本大厅。</translation>
    </message>
    <message>
        <source>Cannot serve on port %1: %2. Choose another port, or stop the program that uses it.</source>
        <translation>无法在端口 %1 上提供服务：%2。请换一个端口，或关闭占用该端口的程序。</translation>
    </message>
    <message>
        <source>(start serving to see it)</source>
        <translation>（开始服务后可见）</translation>
    </message>
    <message>
        <source>Paired "%1". Its token, shown this once — put it in a file on that PC (readable by its user only):
%2

Then start it with:
counterdesk --role %3 --host https://%4:%5 --pin %6 --token-file FILE</source>
        <translation>已配对“%1”。其令牌仅显示这一次，请保存到该电脑上的一个文件中（仅其用户可读）：
%2

然后这样启动：
counterdesk --role %3 --host https://%4:%5 --pin %6 --token-file 文件</translation>
    </message>
</context>
<context>
    <name>HallNowModel</name>
    <message>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>叫号中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>暂停：%1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>HallSimulator</name>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>The branch has no active clerk or manager to staff the windows.</source>
        <translation>本网点没有可上岗的在职柜员或值班经理，无法安排窗口。</translation>
    </message>
    <message>
        <source>--sign needs an active manager to sign the daily logs.</source>
        <translation>--sign 需要一名在职的值班经理来签署日志。</translation>
    </message>
    <message>
        <source>No service in the catalogue has a queue to take tickets for.</source>
        <translation>服务目录中没有可以取号排队的业务。</translation>
    </message>
    <message>
        <source>Simulated day: these records were made by counterdesk-cli simulate (seed %1); they are not real customers.</source>
        <translation>模拟营业日：以下记录由 counterdesk-cli simulate 生成（随机种子 %1），并非真实客户。</translation>
    </message>
    <message>
        <source>Simulated day (counterdesk-cli simulate, seed %1).</source>
        <translation>模拟营业日（counterdesk-cli simulate，随机种子 %1）。</translation>
    </message>
    <message>
        <source>Give the first day as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式给出第一天。</translation>
    </message>
    <message>
        <source>--days must be from 1 to %1.</source>
        <translation>--days 必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>--windows must be from 1 to %1.</source>
        <translation>--windows 必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Only days before today (%1) can be simulated; %2 is not.</source>
        <translation>只能模拟今天（%1）之前的日期；%2 不在其内。</translation>
    </message>
    <message>
        <source>The branch has no service catalogue yet: import head office's first.</source>
        <translation>本网点还没有服务目录：请先导入总部下发的目录。</translation>
    </message>
    <message>
        <source>The branch's records already reach %1, so %2 cannot be simulated any more: the audit chain never goes back to an earlier day. Simulate from %1 on, or on a new branch (--init-demo).</source>
        <translation>本网点的记录已到 %1，因此无法再模拟 %2：审计链不能回到更早的营业日。请从 %1 起模拟，或在新网点上模拟（--init-demo）。</translation>
    </message>
    <message>
        <source>%1 already has tickets: the simulator never mixes with real records. Choose days without any.</source>
        <translation>%1 已有号票：模拟数据绝不与真实记录混在一起。请选择没有任何记录的日期。</translation>
    </message>
    <message>
        <source>The daily log of %1 is signed: that day is closed.</source>
        <translation>%1 的日志已签署：该营业日已关闭。</translation>
    </message>
    <message>
        <source>The simulation stopped on %1 (the days before it are complete): %2</source>
        <translation>模拟在 %1 中止（此前各日已完整生成）：%2</translation>
    </message>
</context>
<context>
    <name>HallWindows</name>
    <message>
        <source>A window number is from 1 to 999.</source>
        <translation>窗口号为 1 至 999。</translation>
    </message>
    <message>
        <source>A window's name has at most 40 characters.</source>
        <translation>窗口名称最多 40 个字符。</translation>
    </message>
    <message>
        <source>Window %1 needs at least one service to call.</source>
        <translation>%1 号窗口至少需要一项业务。</translation>
    </message>
    <message>
        <source>Unknown service: %1 (see 'counterdesk-cli catalogue list').</source>
        <translation>未知业务：%1（见 'counterdesk-cli catalogue list'）。</translation>
    </message>
    <message>
        <source>Window %1 lists the service %2 twice.</source>
        <translation>%1 号窗口重复列出业务 %2。</translation>
    </message>
    <message>
        <source>There is no window %1.</source>
        <translation>没有 %1 号窗口。</translation>
    </message>
    <message>
        <source>Window %1 is still attending ticket %2; finish it first.</source>
        <translation>%1 号窗口仍在接待 %2 号；请先办结。</translation>
    </message>
    <message>
        <source>Window %1 appears twice.</source>
        <translation>%1 号窗口重复出现。</translation>
    </message>
</context>
<context>
    <name>HqApi</name>
    <message>
        <source>No such resource: %1 (see docs/sync.md).</source>
        <translation>没有此资源：%1（参见 docs/sync.md）。</translation>
    </message>
    <message>
        <source>%1 takes %2 only.</source>
        <translation>%1 只接受 %2。</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>请求正文超过 %1 字节。</translation>
    </message>
    <message>
        <source>Head office's database is not available; try again later.</source>
        <translation>总部数据库暂不可用，请稍后重试。</translation>
    </message>
    <message>
        <source>The request is not signed by a registered, active branch.</source>
        <translation>该请求未经已登记且有效的网点签名。</translation>
    </message>
    <message>
        <source>An event's payload or time is not valid; nothing of the batch was stored.</source>
        <translation>某条事件的内容或时间无效，该批次未存储任何内容。</translation>
    </message>
    <message>
        <source>'%1' must be a version number (0 if none).</source>
        <translation>“%1”必须是版本号（没有则为 0）。</translation>
    </message>
</context>
<context>
    <name>HqCertificateFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the state folder %1.</source>
        <translation>无法创建状态文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is readable by others: make it 0600 (chmod 600) first.</source>
        <translation>%1 可被其他用户读取：请先将其权限设为 0600（chmod 600）。</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate in %1.</source>
        <translation>无法读取 %1 中的 TLS 证书。</translation>
    </message>
    <message>
        <source>The TLS certificate or key in %1 is damaged; remove hq-cert.pem and hq-key.pem to make new ones (branches must then pin the new fingerprint).</source>
        <translation>%1 中的 TLS 证书或密钥已损坏；删除 hq-cert.pem 和 hq-key.pem 即可重新生成（之后各网点须固定新的指纹）。</translation>
    </message>
</context>
<context>
    <name>HqCommandLine</name>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Head office of a CounterDesk network: takes the branches' nightly batches of events and hands out the signed catalogue and calendar (docs/sync.md).</source>
        <translation>CounterDesk 网络的总部服务：接收各网点每晚上传的事件批次，并下发签名的事项目录和日历（docs/sync.md）。</translation>
    </message>
    <message>
        <source>'counterdesk-hq COMMAND --help' describes a command. CONNINFO is a libpq connection string (e.g. "host=/run/postgresql dbname=counterdesk"); an empty one uses libpq's PG* environment variables.</source>
        <translation>“counterdesk-hq 命令 --help”显示命令说明。CONNINFO 是 libpq 连接字符串（例如 "host=/run/postgresql dbname=counterdesk"）；为空时使用 libpq 的 PG* 环境变量。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 refused or bad input; 2 PostgreSQL unreachable or its schema newer than this program.</source>
        <translation>退出码：0 成功；1 被拒绝或输入有误；2 无法连接 PostgreSQL，或其数据库结构比本程序新。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Try 'counterdesk-hq %1 --help'.</source>
        <translation>请尝试“counterdesk-hq %1 --help”。</translation>
    </message>
    <message numerus="yes">
        <source>'counterdesk-hq %1' takes %n argument(s).</source>
        <translation>
            <numerusform>“counterdesk-hq %1”需要 %n 个参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PostgreSQL connection string (libpq's; empty: the PG* environment variables).</source>
        <translation>PostgreSQL 连接字符串（libpq 格式；为空则使用 PG* 环境变量）。</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>Head office's signing key: a file with the 32-byte Ed25519 seed in base64, mode 0600 ('counterdesk-hq key --create' makes one).</source>
        <translation>总部签名密钥：一个以 base64 保存 32 字节 Ed25519 种子的文件，权限 0600（可用“counterdesk-hq key --create”生成）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Cannot bring the head office schema up to date: %1</source>
        <translation>无法更新总部数据库结构：%1</translation>
    </message>
    <message>
        <source>Serves the sync API (docs/sync.md) over HTTPS until stopped (Ctrl+C or SIGTERM).</source>
        <translation>通过 HTTPS 提供同步接口（docs/sync.md），直到被停止（Ctrl+C 或 SIGTERM）。</translation>
    </message>
    <message>
        <source>The address and port to listen on (default 0.0.0.0:8443; port 0 picks a free one).</source>
        <translation>监听的地址和端口（默认 0.0.0.0:8443；端口为 0 时自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>地址:端口</translation>
    </message>
    <message>
        <source>Where the TLS certificate and its key are kept (default: the key file's folder).</source>
        <translation>TLS 证书及其密钥的保存位置（默认：密钥文件所在文件夹）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::]:8443.</source>
        <translation>--listen 的格式为 地址:端口，例如 0.0.0.0:8443 或 [::]:8443。</translation>
    </message>
    <message>
        <source>Give head office's key with --key FILE.</source>
        <translation>请用 --key 文件 指定总部密钥。</translation>
    </message>
    <message>
        <source>Head office is running. Branches pin the certificate above (--hq-pin) and head office's public key %1 (key id %2). Stop with Ctrl+C or SIGTERM.</source>
        <translation>总部服务正在运行。各网点固定上面的证书（--hq-pin）和总部公钥 %1（密钥标识 %2）。按 Ctrl+C 或发送 SIGTERM 停止。</translation>
    </message>
    <message>
        <source>Head office stopped (signal %1).</source>
        <translation>总部服务已停止（信号 %1）。</translation>
    </message>
    <message>
        <source>Registers a branch and the public key its requests are signed with.</source>
        <translation>登记一个网点及其请求签名所用的公钥。</translation>
    </message>
    <message>
        <source>The branch's code.</source>
        <translation>网点代码。</translation>
    </message>
    <message>
        <source>The branch's Ed25519 public key in base64 ('counterdesk-cli sync key' prints it).</source>
        <translation>网点的 Ed25519 公钥，base64 格式（“counterdesk-cli sync key”可显示）。</translation>
    </message>
    <message>
        <source>BASE64</source>
        <translation>BASE64</translation>
    </message>
    <message>
        <source>The branch's name.</source>
        <translation>网点名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Branch %1 registered (key id %2).</source>
        <translation>网点 %1 已登记（密钥标识 %2）。</translation>
    </message>
    <message>
        <source>Lists the registered branches.</source>
        <translation>列出已登记的网点。</translation>
    </message>
    <message>
        <source>code	name	key id	acknowledged	added	revoked</source>
        <translation>代码	名称	密钥标识	已确认	登记时间	吊销时间</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es).</source>
        <translation>
            <numerusform>共 %n 个网点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revokes a branch: its requests are refused (401) from now on; what it sent stays.</source>
        <translation>吊销一个网点：此后其请求一律被拒绝（401）；已上传的内容保留。</translation>
    </message>
    <message>
        <source>Branch %1 revoked.</source>
        <translation>网点 %1 已吊销。</translation>
    </message>
    <message>
        <source>'counterdesk-hq branch' takes add, list or revoke.</source>
        <translation>“counterdesk-hq branch”后应为 add、list 或 revoke。</translation>
    </message>
    <message>
        <source>'counterdesk-hq publish' takes catalogue or calendar.</source>
        <translation>“counterdesk-hq publish”后应为 catalogue 或 calendar。</translation>
    </message>
    <message>
        <source>Signs the service catalogue (fees inside) with head office's key and publishes it as the next version.</source>
        <translation>用总部密钥签名事项目录（含收费标准），并作为下一个版本发布。</translation>
    </message>
    <message>
        <source>Signs the working-day calendar with head office's key and publishes it as the given version.</source>
        <translation>用总部密钥签名工作日日历，并以指定版本发布。</translation>
    </message>
    <message>
        <source>The catalogue, JSON.</source>
        <translation>事项目录（JSON）。</translation>
    </message>
    <message>
        <source>The calendar, TSV (as cn-mainland.tsv).</source>
        <translation>日历（TSV，格式同 cn-mainland.tsv）。</translation>
    </message>
    <message>
        <source>The calendar's version (newer than every one published).</source>
        <translation>日历版本（须比所有已发布版本新）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give the calendar's version with --version N (a positive number).</source>
        <translation>请用 --version N 指定日历版本（正整数）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>'counterdesk-hq report' takes monthly.</source>
        <translation>“counterdesk-hq report”后应为 monthly。</translation>
    </message>
    <message>
        <source>The network's month across branches, from the events they sent.</source>
        <translation>根据各网点上传的事件，汇总全网一个月的情况。</translation>
    </message>
    <message>
        <source>The month.</source>
        <translation>月份。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Also write the figures to FILE as CSV.</source>
        <translation>同时将数据以 CSV 格式写入文件。</translation>
    </message>
    <message>
        <source>The time zone whose calendar month is counted (default UTC).</source>
        <translation>按哪个时区的自然月统计（默认 UTC）。</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Give the month with --month YYYY-MM.</source>
        <translation>请用 --month YYYY-MM 指定月份。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Shows head office's public key (branches pin it), or makes a new key.</source>
        <translation>显示总部公钥（供各网点固定），或生成新密钥。</translation>
    </message>
    <message>
        <source>Make a new key in FILE (never overwrites one).</source>
        <translation>在文件中生成新密钥（绝不覆盖已有密钥）。</translation>
    </message>
    <message>
        <source>Give the key file with --key FILE.</source>
        <translation>请用 --key 文件 指定密钥文件。</translation>
    </message>
    <message>
        <source>Head office's public key (key id %1).</source>
        <translation>总部公钥（密钥标识 %1）。</translation>
    </message>
</context>
<context>
    <name>HqDatabase</name>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation>无法连接 PostgreSQL：%1</translation>
    </message>
    <message>
        <source>Not connected to PostgreSQL.</source>
        <translation>未连接 PostgreSQL。</translation>
    </message>
    <message>
        <source>Cannot reach PostgreSQL: %1</source>
        <translation>无法访问 PostgreSQL：%1</translation>
    </message>
</context>
<context>
    <name>HqKeyFile</name>
    <message>
        <source>Cannot read the head office key %1: %2</source>
        <translation>无法读取总部密钥 %1：%2</translation>
    </message>
    <message>
        <source>The head office key %1 is readable by others: make it 0600 (chmod 600).</source>
        <translation>总部密钥 %1 可被其他用户读取：请将其权限设为 0600（chmod 600）。</translation>
    </message>
    <message>
        <source>%1 does not hold a head office key (a 32-byte seed in base64 on one line).</source>
        <translation>%1 中没有总部密钥（应为一行 base64 格式的 32 字节种子）。</translation>
    </message>
    <message>
        <source>%1 exists already; a head office key is never overwritten.</source>
        <translation>%1 已存在；总部密钥绝不会被覆盖。</translation>
    </message>
</context>
<context>
    <name>HqMigrations</name>
    <message>
        <source>The head office database is at schema version %1, newer than this program knows (%2): use a newer counterdesk-hq.</source>
        <translation>总部数据库结构版本为 %1，比本程序所知的版本（%2）新：请使用更新的 counterdesk-hq。</translation>
    </message>
</context>
<context>
    <name>HqServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>IdDocumentValidator</name>
    <message>
        <source>The number is missing.</source>
        <translation>未填写证件号码。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters and digits.</source>
        <translation>护照号码由 5 至 17 位字母和数字组成。</translation>
    </message>
    <message>
        <source>The permit number is H or M followed by 8 (or 10) digits.</source>
        <translation>通行证号码为 H 或 M 加 8 位（或 10 位）数字。</translation>
    </message>
    <message>
        <source>The permit number has 8 digits (older ones 10).</source>
        <translation>通行证号码为 8 位数字（旧版 10 位）。</translation>
    </message>
    <message>
        <source>The check character does not match: a digit is probably mistyped.</source>
        <translation>校验码不符：可能有数字输错。</translation>
    </message>
    <message>
        <source>The card number has 18 characters beginning with 9, or three letters and 12 digits.</source>
        <translation>证件号码为以 9 开头的 18 位，或 3 位字母加 12 位数字。</translation>
    </message>
    <message>
        <source>Unknown identity document type "%1".</source>
        <translation>未知的证件类型“%1”。</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show the branch, the data version, the cipher and what the database holds.</source>
        <translation>显示网点、数据版本、加密方式及数据库内容概况。</translation>
    </message>
    <message>
        <source>Branch:        %1 (%2)</source>
        <translation>网点：      %1（%2）</translation>
    </message>
    <message>
        <source>Time zone:     %1</source>
        <translation>时区：      %1</translation>
    </message>
    <message>
        <source>Database:      %1</source>
        <translation>数据库：    %1</translation>
    </message>
    <message>
        <source>Data version:  %1 (latest %2)</source>
        <translation>数据版本：  %1（最新 %2）</translation>
    </message>
    <message>
        <source>Cipher:        SQLCipher %1</source>
        <translation>加密：      SQLCipher %1</translation>
    </message>
    <message>
        <source>Staff:         %1</source>
        <translation>员工：      %1</translation>
    </message>
    <message>
        <source>Customers:     %1</source>
        <translation>客户：      %1</translation>
    </message>
    <message>
        <source>Audit entries: %1</source>
        <translation>审计记录：  %1</translation>
    </message>
    <message>
        <source>Outbox:        %1 pending for head office</source>
        <translation>待报总部：  %1 条</translation>
    </message>
    <message>
        <source>Knowledge:     %1 standard answers</source>
        <translation>知识库：    %1 条标准答复</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>Event %1 has no positive integer "seq".</source>
        <translation>第 %1 条事件没有正整数“seq”。</translation>
    </message>
    <message>
        <source>The events are not in ascending "seq" (%1 after %2).</source>
        <translation>事件未按“seq”升序排列（%1 在 %2 之后）。</translation>
    </message>
    <message>
        <source>Event %1 has no valid "createdUtc".</source>
        <translation>事件 %1 没有有效的“createdUtc”。</translation>
    </message>
    <message>
        <source>Event %1 has no "kind".</source>
        <translation>事件 %1 没有“kind”。</translation>
    </message>
    <message>
        <source>Event %1 has an "auditSeq" that is not an integer.</source>
        <translation>事件 %1 的“auditSeq”不是整数。</translation>
    </message>
    <message>
        <source>Event %1's "payload" is not a JSON text in a string.</source>
        <translation>事件 %1 的“payload”不是以字符串形式给出的 JSON 文本。</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>请求正文不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The batch's "branch" is not the branch that signed it.</source>
        <translation>批次中的“branch”不是签名该批次的网点。</translation>
    </message>
    <message>
        <source>The batch has no "events" array.</source>
        <translation>批次中没有“events”数组。</translation>
    </message>
    <message>
        <source>A batch holds at most %1 events; this one has %2.</source>
        <translation>一个批次最多包含 %1 条事件，此批次有 %2 条。</translation>
    </message>
    <message>
        <source>Event %1 holds a NUL character, which head office cannot store.</source>
        <translation>事件 %1 含有 NUL 字符，总部无法保存。</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the demo branch, with demo staff (password %1) and customers.</source>
        <translation>创建演示网点，含演示员工（密码 %1）和演示客户。</translation>
    </message>
    <message>
        <source>The branch code, e.g. BJ0101.</source>
        <translation>网点代码，例如 BJ0101。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The branch's name.</source>
        <translation>网点名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The branch's IANA time zone (default Asia/Shanghai).</source>
        <translation>网点的 IANA 时区（默认 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>A new branch needs --code and --name (or --demo).</source>
        <translation>新建网点需要 --code 和 --name（或使用 --demo）。</translation>
    </message>
    <message>
        <source>Warning: this passphrase is weak. Anyone who takes the PC may guess it; prefer four or more unrelated words.</source>
        <translation>警告：此口令较弱，拿到这台电脑的人可能猜出它；建议使用四个或更多互不相关的词。</translation>
    </message>
    <message>
        <source>Created branch %1 (%2) in %3</source>
        <translation>已创建网点 %1（%2），位于 %3</translation>
    </message>
    <message>
        <source>Head office's public key (base64 of 32 bytes) to pin: only documents it signed are accepted. The demo branch pins the demo head office.</source>
        <translation>要固定的总部公钥（32 字节的 base64）：只接受由它签名的文件。演示网点固定演示总部的公钥。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>--hq-key must be the base64 of a 32-byte Ed25519 public key.</source>
        <translation>--hq-key 必须是 32 字节 Ed25519 公钥的 base64 编码。</translation>
    </message>
    <message>
        <source>Create a new branch database in the data folder (with --demo: the demo branch with demo staff, customers and standard answers).</source>
        <translation>在数据目录中新建网点数据库（加 --demo：创建带演示员工、客户和标准答复的演示网点）。</translation>
    </message>
</context>
<context>
    <name>InquiryBook</name>
    <message>
        <source>Write down the question you owe an answer to.</source>
        <translation>请写下需要答复的问题。</translation>
    </message>
    <message>
        <source>The question is too long (at most %1 characters).</source>
        <translation>问题太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>There is no question number %1.</source>
        <translation>没有编号为 %1 的咨询。</translation>
    </message>
    <message>
        <source>Question %1 is already answered.</source>
        <translation>咨询 %1 已经答复。</translation>
    </message>
    <message>
        <source>Write the answer (at most %1 characters).</source>
        <translation>请填写答复（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>There is no active colleague called %1.</source>
        <translation>没有名为 %1 的在岗同事。</translation>
    </message>
    <message>
        <source>Say in a note what the colleague needs to know.</source>
        <translation>请在备注中写明同事需要了解的情况。</translation>
    </message>
</context>
<context>
    <name>KbCommand</name>
    <message>
        <source>'kb search QUERY': search the knowledge base of standard answers. Prints one entry a line: code, question and an excerpt of the answer, tab-separated.</source>
        <translation>'kb search 查询词'：查询标准答复知识库。每行输出一条：代码、问题和答案摘要，以制表符分隔。</translation>
    </message>
    <message>
        <source>Show at most N entries (1 to %1, default 20).</source>
        <translation>最多显示 N 条（1 至 %1，默认 20）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Search the knowledge base.</source>
        <translation>查询知识库。</translation>
    </message>
    <message>
        <source>What the customer asks, in a few characters or words.</source>
        <translation>客户所问的问题，几个字或几个词即可。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli kb search --data-dir DIR QUERY [--limit N]</source>
        <translation>用法：counterdesk-cli kb search --data-dir 目录 查询词 [--limit N]</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit 取 1 至 %1 之间的数。</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>没有找到匹配的条目</translation>
    </message>
</context>
<context>
    <name>KioskStaffDialog</name>
    <message>
        <source>Kiosk: staff</source>
        <translation>取号机：工作人员</translation>
    </message>
    <message>
        <source>Tickets the printer could not print</source>
        <translation>打印机未能打印的号票</translation>
    </message>
    <message>
        <source>They are printed only from here, so that a ticket never comes out for the next customer. Hand them to their owners at the service desk.</source>
        <translation>这些号票只在这里打印，以免号票落到下一位客户手中。请在服务台交给号票的主人。</translation>
    </message>
    <message>
        <source>&amp;Print kept tickets now</source>
        <translation>立即打印保留的号票(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Discard the selected ticket</source>
        <translation>放弃所选号票(&amp;D)</translation>
    </message>
    <message>
        <source>Reprint a ticket of today</source>
        <translation>补打今天的号票</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;eprint</source>
        <translation>补打(&amp;E)</translation>
    </message>
    <message>
        <source>Printer &amp;settings…</source>
        <translation>打印机设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Only an administrator may %1.</source>
        <translation>只有系统管理员可以%1。</translation>
    </message>
    <message>
        <source>Printer: ready.</source>
        <translation>打印机：就绪。</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — tried %n time(s), last: %2</source>
        <translation>
            <numerusform>%1 — 已尝试 %n 次，最近一次：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept ticket(s) printed.</source>
        <translation>
            <numerusform>已打印 %n 张保留的号票。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept ticket(s) printed; %1 still waiting: %2</source>
        <translation>
            <numerusform>已打印 %n 张保留的号票；仍有 %1 张等待：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept ticket %1 discarded.</source>
        <translation>已放弃保留的号票 %1。</translation>
    </message>
    <message>
        <source>Ticket %1 reprinted; the reprint is logged with its reason.</source>
        <translation>号票 %1 已补打；补打及原因已记录。</translation>
    </message>
    <message>
        <source>Reprint of %1 logged, but not printed: %2</source>
        <translation>%1 的补打已记录，但未能打印：%2</translation>
    </message>
    <message>
        <source>Printer settings saved.</source>
        <translation>打印机设置已保存。</translation>
    </message>
    <message>
        <source>Signed in: %1, station %2.</source>
        <translation>已登录：%1，工作站 %2。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Take a ticket</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Welcome. Choose your service, then take a ticket.</source>
        <translation>欢迎光临。请选择要办理的业务，然后取号。</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>搜索业务</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部业务</translation>
    </message>
    <message>
        <source>Touch a service to see what to bring.</source>
        <translation>请点击业务，查看需要携带的材料。</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>无优先</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue on your phone.</source>
        <translation>扫码可在手机上查看排队进度。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>copy ×%1</source>
        <translation>复印件 ×%1</translation>
    </message>
    <message>
        <source>original and copy ×%1</source>
        <translation>原件及复印件 ×%1</translation>
    </message>
    <message>
        <source>original ×%1</source>
        <translation>原件 ×%1</translation>
    </message>
    <message>
        <source>No documents are needed.</source>
        <translation>无需携带材料。</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>请携带：</translation>
    </message>
    <message>
        <source>If the answer to “%1” is yes, also bring:</source>
        <translation>如“%1”答案为是，还需携带：</translation>
    </message>
    <message>
        <source>Fees: none</source>
        <translation>收费：无</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>收费：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Nobody is ahead of you.</source>
        <translation>您前面没有人等候。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you.</source>
        <translation>
            <numerusform>您前面还有 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation>请在下方取走号票。</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please see the service desk with your number; your place in the queue is kept.</source>
        <translation>号票未能打印。请记下您的号码到服务台咨询，您的排队位置保留。</translation>
    </message>
    <message>
        <source>Print again (%1 waiting)</source>
        <translation>重新打印（%1 张待打印）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>The ticket printer is out of order: your number will be shown on screen.</source>
        <translation>取号打印机暂时故障：您的号码将显示在屏幕上。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) wait for staff to print them (Staff button).</source>
        <translation>
            <numerusform>有 %n 张号票等待工作人员打印（“工作人员”按钮）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>我有预约</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>预约管理</translation>
    </message>
    <message>
        <source>Check in for your booking</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Scan the QR code on your booking slip or phone, or type the 8-character booking code, then touch Check in.</source>
        <translation>请扫描预约凭条或手机上的二维码，或输入8位预约码，然后点击“签到”。</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Please type or scan your booking code first.</source>
        <translation>请先输入或扫描预约码。</translation>
    </message>
    <message>
        <source>Take an ordinary ticket for %1</source>
        <translation>取普通号：%1</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>General</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>供水</translation>
    </message>
    <message>
        <source>Government service hall</source>
        <translation>政务服务大厅</translation>
    </message>
    <message>
        <source>A knowledge base is a JSON object with an "entries" array.</source>
        <translation>知识库是带有 "entries" 数组的 JSON 对象。</translation>
    </message>
    <message>
        <source>Knowledge entry %1 is not a JSON object.</source>
        <translation>知识条目 %1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Knowledge entry %1: the code is missing or not 1 to 40 letters, digits, '.', '_' or '-'.</source>
        <translation>知识条目 %1：代码缺失，或不是 1 至 40 位字母、数字、'.'、'_' 或 '-'。</translation>
    </message>
    <message>
        <source>Knowledge entry %1 (%2)</source>
        <translation>知识条目 %1（%2）</translation>
    </message>
    <message>
        <source>%1: unknown field "%2".</source>
        <translation>%1：未知字段 "%2"。</translation>
    </message>
    <message>
        <source>%1: the code is used by an earlier entry too.</source>
        <translation>%1：该代码已被前面的条目使用。</translation>
    </message>
    <message>
        <source>%1: unknown sector "%2" (expected one of: %3).</source>
        <translation>%1：未知行业 "%2"（应为以下之一：%3）。</translation>
    </message>
    <message>
        <source>%1: the question must be text of 1 to %2 characters.</source>
        <translation>%1：问题必须是 1 至 %2 个字符的文本。</translation>
    </message>
    <message>
        <source>%1: the answer must be text of 1 to %2 characters.</source>
        <translation>%1：答案必须是 1 至 %2 个字符的文本。</translation>
    </message>
    <message>
        <source>%1: keywords must be a list of single words.</source>
        <translation>%1：keywords 必须是单个词语的列表。</translation>
    </message>
    <message>
        <source>%1: the source (the rule it is drawn from) is missing.</source>
        <translation>%1：缺少出处（所依据的规范）。</translation>
    </message>
    <message>
        <source>%1: "updated" is not an ISO 8601 date.</source>
        <translation>%1："updated" 不是 ISO 8601 日期。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 不是有效的 JSON（第 %2 字节：%3）。</translation>
    </message>
    <message>
        <source>The knowledge base can only be replaced as a recorded event.</source>
        <translation>知识库只能作为一次有记录的事件整体替换。</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Standard answers</source>
        <translation>标准答复</translation>
    </message>
    <message>
        <source>Type what the customer asks</source>
        <translation>输入客户所问的问题</translation>
    </message>
    <message>
        <source>The knowledge base cannot be searched: %1</source>
        <translation>无法查询知识库：%1</translation>
    </message>
    <message>
        <source>Type a few words of the customer's question.</source>
        <translation>输入客户问题中的几个字。</translation>
    </message>
    <message>
        <source>No standard answer found for “%1”. Try fewer or other words.</source>
        <translation>没有找到与“%1”相关的标准答复。请减少字数或换个说法。</translation>
    </message>
    <message numerus="yes">
        <source>%n standard answer(s) for “%1”</source>
        <translation>
            <numerusform>“%1”：找到 %n 条标准答复</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard answer %1</source>
        <translation>标准答复 %1</translation>
    </message>
</context>
<context>
    <name>KpiTargets</name>
    <message>
        <source>Unknown target: %1 (one of: %2)</source>
        <translation>未知的指标目标：%1（可用：%2）</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必须是 %2 至 %3 之间的整数。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>This window is locked</source>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>请输入您的密码</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2), window %3</source>
        <translation>当前登录：%1（%2），%3 号窗口</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Wrong password. Only %1 can unlock this window.</source>
        <translation>密码错误。只有%1本人可以解锁。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Staff &amp;name:</source>
        <translation>员工账号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>窗口号(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in to serve at %1.</source>
        <translation>请登录，在%1办理业务。</translation>
    </message>
    <message>
        <source>Enter your staff name.</source>
        <translation>请输入员工账号。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Staff sign-in at %1.</source>
        <translation>%1 工作人员登录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CounterDesk</source>
        <translation>CounterDesk</translation>
    </message>
    <message>
        <source>Branch records</source>
        <translation>网点记录</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>Audit chain:</source>
        <translation>审计链：</translation>
    </message>
    <message>
        <source>For head office:</source>
        <translation>待报总部：</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>窗口(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>办件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hall</source>
        <translation>大厅(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Log &amp;in at a window…</source>
        <translation>窗口登录(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation>呼叫下一位(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>重呼(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>过号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Walk-in</source>
        <translation>直接办理(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转移(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>暂停(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>办结(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case list</source>
        <translation>办件列表(&amp;C)</translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation>查询知识库(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reception and tickets</source>
        <translation>导办与取号(&amp;R)</translation>
    </message>
    <message>
        <source>Hall &amp;display</source>
        <translation>大厅叫号屏(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>预约(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Daily log</source>
        <translation>工作日志(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Monthly bulletin</source>
        <translation>月度简报(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Verify the audit chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Branch information</source>
        <translation>网点信息(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>员工(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Windows and printers…</source>
        <translation>窗口与打印机(&amp;W)…</translation>
    </message>
    <message>
        <source>S&amp;ync with head office</source>
        <translation>与总部同步(&amp;Y)</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>用户手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About CounterDesk</source>
        <translation>关于 CounterDesk(&amp;A)</translation>
    </message>
    <message>
        <source>CounterDesk — %1</source>
        <translation>CounterDesk — %1</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>本版本尚未提供此功能。</translation>
    </message>
    <message>
        <source>Branch %1 · %2 · business day %3</source>
        <translation>网点 %1 · %2 · 营业日 %3</translation>
    </message>
    <message>
        <source>SQLCipher %1, data version %2</source>
        <translation>SQLCipher %1，数据版本 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting for the nightly sync</source>
        <translation>
            <numerusform>%n 条事件等待夜间同步</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 staff accounts, %2 customers</source>
        <translation>%1 个员工账号，%2 位客户</translation>
    </message>
    <message>
        <source>Branch database open</source>
        <translation>网点数据库已打开</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, verified intact</source>
        <translation>
            <numerusform>%n 条记录，校验完好</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>审计链</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n entries verified.</source>
        <translation>
            <numerusform>审计链完好：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN at entry %1</source>
        <translation>在第 %1 条处断裂</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2.
The records may have been changed outside CounterDesk. Tell your administrator.</source>
        <translation>审计链在第 %1 条处断裂：%2。
记录可能在 CounterDesk 之外被改动过。请告知系统管理员。</translation>
    </message>
    <message>
        <source>No service catalogue</source>
        <translation>没有服务目录</translation>
    </message>
    <message>
        <source>This branch has no service catalogue from head office yet, so no service can be opened. Import one (counterdesk-cli catalogue import).</source>
        <translation>本网点尚未收到总部的服务目录，无法办理任何事项。请导入服务目录（counterdesk-cli catalogue import）。</translation>
    </message>
    <message>
        <source>CounterDesk — %1 — window %2 — %3</source>
        <translation>CounterDesk — %1 — %2 号窗口 — %3</translation>
    </message>
    <message>
        <source>%1 signed in at window %2</source>
        <translation>%1 已在 %2 号窗口登录</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>Standard answers</source>
        <translation>标准答复</translation>
    </message>
    <message>
        <source>Hall &amp;host and pairing…</source>
        <translation>大厅主机与配对(&amp;H)…</translation>
    </message>
    <message>
        <source>Manager's &amp;console</source>
        <translation>管理控制台(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>界面语言(&amp;L)…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Language of this PC's screens:</source>
        <translation>本机界面语言：</translation>
    </message>
    <message>
        <source>The choice could not be saved in your settings.</source>
        <translation>无法保存到您的设置中。</translation>
    </message>
    <message>
        <source>CounterDesk will show %1 the next time it starts. Documents for customers keep the branch's document language.</source>
        <translation>CounterDesk 下次启动时将显示%1。面向客户的文书仍使用本网点的文书语言。</translation>
    </message>
    <message>
        <source>Head office could not be reached at %1 (%2). Nothing is lost: the events are kept and sent at the next sync; the hall goes on serving.</source>
        <translation>%1 未能连接总部（%2）。数据不会丢失：事件已保存，将在下次同步时发送；大厅照常办理业务。</translation>
    </message>
</context>
<context>
    <name>ManagerConsole</name>
    <message>
        <source>Manager's console</source>
        <translation>管理控制台</translation>
    </message>
    <message>
        <source>Hall now</source>
        <translation>大厅实况</translation>
    </message>
    <message>
        <source>Record the &amp;contact…</source>
        <translation>记录联系情况(&amp;C)…</translation>
    </message>
    <message>
        <source>Close with the &amp;outcome…</source>
        <translation>填写整改结果并关闭(&amp;O)…</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>整改</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue complaint(s) escalated to head office.</source>
        <translation>
            <numerusform>%n 件逾期投诉已上报总部。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, the longest for %1 min · %2 of %3 windows open</source>
        <translation>
            <numerusform>%n 人等候，最长 %1 分钟 · %3 个窗口中 %2 个开放</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue cases: %1 · open complaints: %2 (overdue %3) · open rectifications: %4 (overdue %5)</source>
        <translation>逾期办件：%1 · 未结投诉：%2（逾期 %3） · 未结整改：%4（逾期 %5）</translation>
    </message>
    <message>
        <source>Waiting per service</source>
        <translation>各业务等候人数</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Select a rectification first.</source>
        <translation>请先选择一项整改。</translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation>与客户联系</translation>
    </message>
    <message>
        <source>Who contacted the customer, how and when, and what was said:</source>
        <translation>由谁、何时、以何种方式联系客户，沟通内容：</translation>
    </message>
    <message>
        <source>The contact is recorded.</source>
        <translation>联系情况已记录。</translation>
    </message>
    <message>
        <source>Close the rectification</source>
        <translation>关闭整改</translation>
    </message>
    <message>
        <source>What was put right (the outcome):</source>
        <translation>整改结果：</translation>
    </message>
    <message>
        <source>The rectification is closed.</source>
        <translation>整改已关闭。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部同步</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均办理</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% 等候不超过</translation>
    </message>
    <message>
        <source>Called within %1 minutes</source>
        <translation>%1 分钟内叫号率</translation>
    </message>
    <message>
        <source>Average wait (response time)</source>
        <translation>平均等待时间（响应时间）</translation>
    </message>
    <message>
        <source>Average time to answer a consultation</source>
        <translation>咨询平均解答时长</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Cases ready by the promised date</source>
        <translation>按承诺时限办结率</translation>
    </message>
    <message>
        <source>Complaints answered within %1 working days</source>
        <translation>投诉 %1 个工作日内答复率</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不超过 %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>不低于 %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Shares against targets (%)</source>
        <translation>各项比率与目标（%）</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last successful sync: %1
Last attempt: %2
Events waiting for head office: %3</source>
        <translation>最近一次成功同步：%1
最近一次尝试：%2
待发往总部的事件：%3</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>业务目录：%1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>日历：%1</translation>
    </message>
    <message>
        <source>Synced with head office: %1 events sent.</source>
        <translation>已与总部同步：发送 %1 条事件。</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Change the day's &amp;places…</source>
        <translation>调整当天名额(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Message the customers listed</source>
        <translation>短信通知所列客户(&amp;M)</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Booked / places</source>
        <translation>已约 / 名额</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Bookings beyond the day's places (kept; call or message these customers):</source>
        <translation>超出当天名额的预约（仍然保留；请致电或发短信告知这些客户）：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Only a manager may change a day's places.</source>
        <translation>只有大堂经理可以调整当天名额。</translation>
    </message>
    <message>
        <source>Choose a slot of the service whose places change.</source>
        <translation>请先选择要调整名额的业务的一个时段。</translation>
    </message>
    <message>
        <source>Places on %1</source>
        <translation>%1 的名额</translation>
    </message>
    <message>
        <source>Every slot of %1 on that day gets this many places. No booking is cancelled.</source>
        <translation>当天“%1”的每个时段都改为此名额。不会取消任何预约。</translation>
    </message>
    <message>
        <source>Places per slot:</source>
        <translation>每个时段名额：</translation>
    </message>
    <message>
        <source>The places are a whole number.</source>
        <translation>名额必须是整数。</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS queued for the nightly sync.</source>
        <translation>
            <numerusform>%n 条短信已排队，将在夜间同步时发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MobileNumberValidator</name>
    <message>
        <source>No mobile number given.</source>
        <translation>未提供手机号码。</translation>
    </message>
    <message>
        <source>Only mainland numbers (+86) are accepted; %1 has another country code.</source>
        <translation>只接受内地号码（+86）；%1 带有其他国家或地区代码。</translation>
    </message>
    <message>
        <source>Character '%1' is not allowed in a mobile number (digits, spaces, hyphens and a +86 prefix are).</source>
        <translation>手机号码中不能有 '%1'（只允许数字、空格、连字符和 +86 前缀）。</translation>
    </message>
    <message>
        <source>11 digits expected, got %1.</source>
        <translation>应为 11 位数字，实际为 %1 位。</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 1, not %1.</source>
        <translation>内地手机号码以 1 开头，而不是 %1。</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 13 to 19, not %1.</source>
        <translation>内地手机号码以 13 至 19 开头，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>MonthlyBulletin</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务办理</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Services no longer in the catalogue</source>
        <translation>已不在服务目录中的业务</translation>
    </message>
    <message>
        <source>Monthly service bulletin</source>
        <translation>客户服务信息简报</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>%1 to %2 (the month is not over)</source>
        <translation>%1至%2（本月尚未结束）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Tickets:</source>
        <translation>排队取号：</translation>
    </message>
    <message>
        <source>%1 issued, %2 served, %3 no-shows</source>
        <translation>取号 %1 张，办结 %2 张，过号 %3 张</translation>
    </message>
    <message>
        <source>Waits:</source>
        <translation>等候时间：</translation>
    </message>
    <message>
        <source>average %1, 90% within %2, longest %3 (min:s)</source>
        <translation>平均 %1，90% 不超过 %2，最长 %3（分:秒）</translation>
    </message>
    <message>
        <source>Service time:</source>
        <translation>办理时长：</translation>
    </message>
    <message>
        <source>average %1, 90% within %2 (min:s)</source>
        <translation>平均 %1，90% 不超过 %2（分:秒）</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>服务评价：</translation>
    </message>
    <message>
        <source>%1 ratings; satisfaction %2; very satisfied %3; dissatisfied %4</source>
        <translation>评价 %1 次；满意率 %2；非常满意 %3 次；差评 %4 次</translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation>投诉：</translation>
    </message>
    <message>
        <source>%1 received; answered in time %2; answered late %3; open past the limit %4; open within it %5</source>
        <translation>受理 %1 件；按时答复 %2 件；逾期答复 %3 件；逾期未答复 %4 件；时限内未答复 %5 件</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>服务指标完成情况</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Called within %1 minutes</source>
        <translation>%1 分钟内叫号率</translation>
    </message>
    <message>
        <source>Average wait (response time)</source>
        <translation>平均等待时间（响应时间）</translation>
    </message>
    <message>
        <source>Average time to answer a consultation</source>
        <translation>咨询平均解答时长</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Cases ready by the promised date</source>
        <translation>按承诺时限办结率</translation>
    </message>
    <message>
        <source>Complaints answered within %1 working days</source>
        <translation>投诉 %1 个工作日内答复率</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不超过 %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>不低于 %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Times are minutes:seconds. Based on: called tickets, consultations served, ratings, cases ready, and complaints answered or overdue.</source>
        <translation>时长以“分:秒”表示。样本数依次为：已叫号的取号、已办结的咨询、评价、已办结的业务、已答复或已逾期的投诉。</translation>
    </message>
    <message>
        <source>Requests by type (tickets issued)</source>
        <translation>按诉求类型统计（取号数）</translation>
    </message>
    <message>
        <source>Requests by type</source>
        <translation>按诉求类型统计</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>取号数</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>其他记录</translation>
    </message>
    <message>
        <source>Each ticket counts under the request type its service has in the catalogue. Other records: consultation, questions recorded to answer later; business, cases accepted; complaint, complaints recorded from any channel. Repair, praise, suggestion, callback and reminder have no records besides their tickets.</source>
        <translation>每张取号按其业务在服务目录中的诉求类型计入。其他记录：咨询为登记待答复的问题，业务办理为已受理的业务，投诉为各渠道登记的投诉。报修、表扬、建议、回访、催办除取号外没有单独的记录。</translation>
    </message>
    <message>
        <source>Busiest services (tickets issued)</source>
        <translation>业务量排名（取号数）</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>主要业务</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>90% wait</source>
        <translation>90% 等候</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>按柜员统计</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均办理</translation>
    </message>
    <message>
        <source>One-time notices</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Cases on time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>A clerk's tickets are those they finished or marked as no-shows; their complaints are those that name them.</source>
        <translation>柜员的取号为其办结或标记过号的取号；柜员的投诉为指名该柜员的投诉。</translation>
    </message>
    <message>
        <source>Longest waits</source>
        <translation>等候最久的取号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Complaints and their outcomes</source>
        <translation>投诉及处理结果</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>窗口现场</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>From head office</source>
        <translation>总部转办</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>逾期答复</translation>
    </message>
    <message>
        <source>Open past the limit, escalated to head office</source>
        <translation>逾期未答复，已上报总部</translation>
    </message>
    <message>
        <source>Open past the limit</source>
        <translation>逾期未答复</translation>
    </message>
    <message>
        <source>Open, within the limit</source>
        <translation>处理中，未超时限</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Complaints recorded in the period, judged as of %1.</source>
        <translation>统计期间内登记的投诉，按 %1 的情况评定。</translation>
    </message>
    <message>
        <source>The daily logs added up</source>
        <translation>营业日志汇总</translation>
    </message>
    <message>
        <source>Cases opened: %1; one-time notices: %2; accepted: %3</source>
        <translation>立案 %1 件；一次性告知 %2 件；受理 %3 件</translation>
    </message>
    <message>
        <source>Refused: %1; referred: %2; ready: %3; extended: %4; cancelled: %5</source>
        <translation>不予受理 %1 件；转介 %2 件；办结 %3 件；延期 %4 件；撤销 %5 件</translation>
    </message>
    <message>
        <source>Questions recorded to answer later: %1; answered: %2; reprints: %3</source>
        <translation>登记待答复问题 %1 个；已答复 %2 个；补打 %3 次</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>A wait runs from the issue of the ticket (for a booking, from the start of its slot) to its first call.</source>
        <translation>等候时间自取号时起（预约取号自预约时段开始时起）至首次叫号时止。</translation>
    </message>
    <message>
        <source>The satisfaction rate is the share of ratings that are very satisfied, satisfied or fairly satisfied.</source>
        <translation>满意率为“非常满意”“满意”“基本满意”的评价占全部评价的比例。</translation>
    </message>
    <message>
        <source>A case is on time when it is ready on or before the date printed on its receipt; an extension does not move that date.</source>
        <translation>业务在受理回执所载日期当日或之前办结的，为按时办结；延期不改变该日期。</translation>
    </message>
    <message>
        <source>A complaint is answered in time within %1 working days of receipt.</source>
        <translation>投诉自受理之日起 %1 个工作日内答复的，为按时答复。</translation>
    </message>
    <message>
        <source>Tickets, cases and questions are counted as in the daily logs, so the month's figures are its days' figures added up.</source>
        <translation>取号、业务和问题的统计口径与营业日志相同，本月数据即为各日数据之和。</translation>
    </message>
    <message>
        <source>Compiled on %1</source>
        <translation>编制于 %1</translation>
    </message>
    <message>
        <source>Compiled by:</source>
        <translation>编制人（签字）：</translation>
    </message>
    <message>
        <source>Hall manager:</source>
        <translation>大堂经理（签字）：</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约办理</translation>
    </message>
    <message>
        <source>Bookings for the month's slots: %1; checked in: %2 (served: %3); no-shows: %4; still to come: %5; cancelled: %6</source>
        <translation>本月时段预约：%1；已签到：%2（已办结：%3）；爽约：%4；尚未到时：%5；已取消：%6</translation>
    </message>
    <message>
        <source>Booked customers waited on average %1, 90% within %2 (%3 called); walk-ins %4, 90% within %5 (%6 called)</source>
        <translation>预约客户平均等候 %1，90% 在 %2 以内（已叫号 %3）；现场取号客户 %4，90% 在 %5 以内（已叫号 %6）</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Network</source>
        <translation>全网</translation>
    </message>
    <message numerus="yes">
        <source>Monthly report %1 (time zone %2), %n branch(es)</source>
        <translation>
            <numerusform>%1 月报（时区 %2），共 %n 个网点</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结投诉</translation>
    </message>
    <message>
        <source>Comparison (by tickets served)</source>
        <translation>网点对比（按办结号数排序）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>占比 %</translation>
    </message>
    <message>
        <source>No-show %</source>
        <translation>过号率 %</translation>
    </message>
    <message>
        <source>Bad rating %</source>
        <translation>差评率 %</translation>
    </message>
    <message>
        <source>Open cmpl.</source>
        <translation>未结投诉</translation>
    </message>
</context>
<context>
    <name>NightlyBackup</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>PairedCounterWindow</name>
    <message>
        <source>CounterDesk — paired counter</source>
        <translation>CounterDesk — 联网窗口</translation>
    </message>
    <message>
        <source>Sign in to work the hall's queue.</source>
        <translation>请登录后处理大厅排队。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in at a counter</source>
        <translation>窗口登录</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Window number:</source>
        <translation>窗口号：</translation>
    </message>
    <message>
        <source>Signing in on the hall host…</source>
        <translation>正在向大厅主机登录…</translation>
    </message>
    <message>
        <source>The hall host cannot be reached (%1). Check the network cable and that the host is running, then try again.</source>
        <translation>无法连接大厅主机（%1）。请检查网线并确认主机正在运行，然后重试。</translation>
    </message>
    <message>
        <source>Signed in as %1 at window %2 — hall host of branch %3</source>
        <translation>%1 已在%2号窗口登录 — 网点 %3 的大厅主机</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation>呼叫下一位(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>重呼(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>过号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Walk-in</source>
        <translation>直接办理(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转移(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>暂停(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>办结(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>口令文件 %1 是空的。</translation>
    </message>
    <message>
        <source>no passphrase is stored in the keychain for this branch</source>
        <translation>钥匙串中没有保存本网点的口令</translation>
    </message>
    <message>
        <source>the keychain is not available (%1)</source>
        <translation>钥匙串不可用（%1）</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The document could not be laid out.</source>
        <translation>无法排版该文书。</translation>
    </message>
</context>
<context>
    <name>PdfPrintSink</name>
    <message>
        <source>The PDF folder %1 does not exist or cannot be written to.</source>
        <translation>PDF 文件夹 %1 不存在或无法写入。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>serve customers at a window</source>
        <translation>在窗口办理业务</translation>
    </message>
    <message>
        <source>issue queue tickets</source>
        <translation>发放排队号</translation>
    </message>
    <message>
        <source>mark a priority group</source>
        <translation>标记优先群体</translation>
    </message>
    <message>
        <source>cancel an accepted case</source>
        <translation>撤销已受理的办件</translation>
    </message>
    <message>
        <source>reprint a receipt</source>
        <translation>补打回执</translation>
    </message>
    <message>
        <source>change a day whose log is signed</source>
        <translation>修改日志已签字当天的记录</translation>
    </message>
    <message>
        <source>sign the daily log</source>
        <translation>签署工作日志</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>管理员工账号</translation>
    </message>
    <message>
        <source>manage the branch's settings</source>
        <translation>管理网点设置</translation>
    </message>
</context>
<context>
    <name>PrintSampleCommand</name>
    <message>
        <source>Render a document with demo data to PDF: %1.</source>
        <translation>用演示数据将文书输出为 PDF：%1。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The document's language: zh_CN (default), zh_TW or en.</source>
        <translation>文书语言：zh_CN（默认）、zh_TW 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>纸型</translation>
    </message>
    <message>
        <source>A4 (default) or A5; for a ticket 80 (mm, default) or 58.</source>
        <translation>A4（默认）或 A5；排队号为 80（毫米，默认）或 58。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli print-sample %1 --out FILE.pdf [--lang zh_CN|zh_TW|en] [--paper A4|A5] (a ticket: [--paper 80|58])</source>
        <translation>用法：counterdesk-cli print-sample %1 --out 文件.pdf [--lang zh_CN|zh_TW|en] [--paper A4|A5]（排队号：[--paper 80|58]）</translation>
    </message>
</context>
<context>
    <name>PrinterSink</name>
    <message>
        <source>No printer is chosen for this station.</source>
        <translation>本工作站尚未选择打印机。</translation>
    </message>
    <message>
        <source>The printer “%1” is not installed on this PC (or was renamed). Check its cable and power, or choose it again in the station's printer settings.</source>
        <translation>本机未安装打印机“%1”（或已改名）。请检查数据线和电源，或在工作站的打印机设置中重新选择。</translation>
    </message>
    <message>
        <source>The printer “%1” reports a problem: check the paper, the cover and that it is switched on.</source>
        <translation>打印机“%1”报告故障：请检查纸张、机盖以及是否已开机。</translation>
    </message>
    <message>
        <source>The printer “%1” cannot be used now. Check that it is switched on and connected.</source>
        <translation>打印机“%1”目前无法使用。请检查是否已开机并连接。</translation>
    </message>
    <message>
        <source>The printer “%1” did not accept the job (offline or switched off?).</source>
        <translation>打印机“%1”未接受打印任务（是否脱机或已关机？）。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The printer “%1” reported an error while printing %2.</source>
        <translation>打印机“%1”在打印 %2 时报告错误。</translation>
    </message>
    <message>
        <source>Printing %2 on “%1” was cancelled.</source>
        <translation>在“%1”上打印 %2 已取消。</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>The catalogue is not a JSON object (%1 at byte %2).</source>
        <translation>事项目录不是 JSON 对象（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The catalogue is not valid: %1</source>
        <translation>事项目录无效：%1</translation>
    </message>
    <message>
        <source>Published catalogue version %1.</source>
        <translation>已发布事项目录第 %1 版。</translation>
    </message>
    <message>
        <source>Published catalogue version %1 (the file said %2; head office numbers each publication after the newest, %3).</source>
        <translation>已发布事项目录第 %1 版（文件中为 %2；总部按最新已发布版本 %3 依次编号）。</translation>
    </message>
    <message>
        <source>The calendar's version must be a positive number.</source>
        <translation>日历版本必须是正整数。</translation>
    </message>
    <message>
        <source>The calendar file is not valid: %1</source>
        <translation>日历文件无效：%1</translation>
    </message>
    <message>
        <source>Calendar version %1 is not newer than the newest published, %2.</source>
        <translation>日历版本 %1 不比最新已发布版本 %2 新。</translation>
    </message>
    <message>
        <source>Published calendar version %1.</source>
        <translation>已发布日历第 %1 版。</translation>
    </message>
    <message>
        <source>Version %1 was published meanwhile; nothing was changed.</source>
        <translation>第 %1 版已被他人先行发布，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>'queue show', 'call --window N [--number A001]', 'recall', 'no-show', 'park', 'resume --number', 'transfer', 'serve', 'finish', 'windows', 'window', 'config': the hall's queue.</source>
        <translation>'queue show'、'call --window N [--number A001]'、'recall'、'no-show'、'park'、'resume --number'、'transfer'、'serve'、'finish'、'windows'、'window'、'config'：大厅排队。</translation>
    </message>
    <message>
        <source>The counter window's number.</source>
        <translation>窗口号。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>call, resume: the ticket's number (e.g. A001).</source>
        <translation>call、resume：号码（例如 A001）。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>transfer: to this service.</source>
        <translation>transfer：转至此业务。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>transfer: to this window only.</source>
        <translation>transfer：只转至此窗口。</translation>
    </message>
    <message>
        <source>window: the services it calls, in order, separated by commas.</source>
        <translation>window：该窗口呼叫的业务，按顺序，以逗号分隔。</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>window: its name on screens.</source>
        <translation>window：屏幕上显示的名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>window: staffed (counts for wait estimates).</source>
        <translation>window：有人值守（计入等候时间估算）。</translation>
    </message>
    <message>
        <source>window: not staffed.</source>
        <translation>window：无人值守。</translation>
    </message>
    <message>
        <source>window: remove it.</source>
        <translation>window：删除该窗口。</translation>
    </message>
    <message>
        <source>config: change a setting (repeatable): %1.</source>
        <translation>config：修改设置（可重复）：%1。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>键=值</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli queue show | windows | config [--set KEY=VALUE] | %1 --window N  --data-dir DIR</source>
        <translation>用法：counterdesk-cli queue show | windows | config [--set 键=值] | %1 --window N  --data-dir 目录</translation>
    </message>
    <message>
        <source>Say which window: --window N.</source>
        <translation>请指明窗口：--window N。</translation>
    </message>
    <message>
        <source>Say which parked ticket: --number NUMBER.</source>
        <translation>请指明暂挂的号码：--number 号码。</translation>
    </message>
    <message numerus="yes">
        <source>Business day %1: %n waiting.</source>
        <translation>
            <numerusform>营业日 %1：%n 人等候。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli queue window --window N --services CODE,CODE [--name NAME] [--open|--closed] | --window N --open|--closed | --window N --remove</source>
        <translation>用法：counterdesk-cli queue window --window N --services 代码,代码 [--name 名称] [--open|--closed] | --window N --open|--closed | --window N --remove</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, e.g. %1=20</source>
        <translation>--set 的格式为 键=值，例如 %1=20</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Window %1 — %2</source>
        <translation>%1 号窗口 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for this window; the longest for %1 min.</source>
        <translation>
            <numerusform>本窗口 %n 人等候，最长已等 %1 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Window %1 is not set up for any service.</source>
        <translation>%1 号窗口未设置任何业务。</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>没有人等候。</translation>
    </message>
    <message>
        <source>Finish or transfer %1 first.</source>
        <translation>请先办结或转移 %1。</translation>
    </message>
    <message>
        <source>Serving a customer without a ticket.</source>
        <translation>正在接待未取号的客户。</translation>
    </message>
    <message>
        <source>Transfer the ticket</source>
        <translation>转移排队号</translation>
    </message>
    <message>
        <source>To service (code, or empty):</source>
        <translation>转至业务（代码，可空）：</translation>
    </message>
    <message>
        <source>To window (number, or empty):</source>
        <translation>转至窗口（号码，可空）：</translation>
    </message>
    <message>
        <source>Pause the window</source>
        <translation>暂停窗口</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>A pause needs a reason.</source>
        <translation>暂停需要说明原因。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waiting (%2 min)</source>
        <translation>
            <numerusform>%1：%n 人（最长 %2 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>The hall host is back; the queue is up to date.</source>
        <translation>大厅主机已恢复连接，排队信息已更新。</translation>
    </message>
    <message>
        <source>The hall host cannot be reached (%1). Retrying… Go on serving the customer at your window; calling the next one waits until the host is back.</source>
        <translation>无法连接大厅主机（%1），正在重试… 请继续为窗口前的客户办理；主机恢复后才能呼叫下一位。</translation>
    </message>
    <message>
        <source>The hall host did not answer (%1): nothing was done, or it will show when the host is back. Try again in a moment.</source>
        <translation>大厅主机没有应答（%1）：操作未执行，或将在主机恢复后显示。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>QueueSettings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必须是 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1 must be the hall host's web address, e.g. https://hall.example.cn</source>
        <translation>%1 必须是大厅主机的网址，例如 https://hall.example.cn</translation>
    </message>
    <message>
        <source>%1 must be zh_CN or zh_TW: a ticket is printed in Chinese first.</source>
        <translation>%1 必须是 zh_CN 或 zh_TW：排队号首先以中文打印。</translation>
    </message>
    <message>
        <source>%1 must be en, zh_TW, zh_CN or none.</source>
        <translation>%1 必须是 en、zh_TW、zh_CN 或 none。</translation>
    </message>
    <message>
        <source>Unknown setting: %1</source>
        <translation>未知设置项：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 may be at most %n characters long.</source>
        <translation>
            <numerusform>%1 最多 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingBook</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>办事效率</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Professionalism</source>
        <translation>业务水平</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>服务环境</translation>
    </message>
    <message>
        <source>Choose one of the five levels.</source>
        <translation>请在五个等级中选择一个。</translation>
    </message>
    <message>
        <source>Each criterion is rated from 1 to 5.</source>
        <translation>各项评价为 1 到 5 分。</translation>
    </message>
    <message>
        <source>The comment is too long (at most %1 characters).</source>
        <translation>留言过长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>We cannot find this ticket. A ticket can be rated on the day it was taken.</source>
        <translation>找不到这张号票。号票只能在取号当天评价。</translation>
    </message>
    <message>
        <source>Window %1 has not finished serving anybody today.</source>
        <translation>%1 号窗口今天还没有办结的业务。</translation>
    </message>
    <message>
        <source>Ticket %1 has not been served yet: you can rate it once the service is finished.</source>
        <translation>%1 号尚未办理完毕：业务办结后即可评价。</translation>
    </message>
    <message>
        <source>Ticket %1 has already been rated. Thank you!</source>
        <translation>%1 号已经评价过了。谢谢您！</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <source>There is no rectification number %1.</source>
        <translation>没有编号为 %1 的整改任务。</translation>
    </message>
    <message>
        <source>Rectification %1 is already closed.</source>
        <translation>整改任务 %1 已经办结。</translation>
    </message>
    <message>
        <source>Say how and when the customer was contacted (at most %1 characters).</source>
        <translation>请填写何时以何种方式联系了客户（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>A rectification closes only with its outcome (at most %1 characters).</source>
        <translation>整改任务须填写整改结果才能办结（最多 %1 个字）。</translation>
    </message>
</context>
<context>
    <name>RatingCommand</name>
    <message>
        <source>'rating list|summary [--from DATE] [--to DATE]': customers' ratings, one line each, or each clerk's and service's figures.</source>
        <translation>'rating list|summary [--from 日期] [--to 日期]'：客户评价，每条一行；或按柜员、按业务的统计。</translation>
    </message>
    <message>
        <source>list | summary</source>
        <translation>list | summary</translation>
    </message>
    <message>
        <source>The first business day (YYYY-MM-DD; default: today).</source>
        <translation>起始营业日（YYYY-MM-DD；默认今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The last business day (YYYY-MM-DD; default: the first).</source>
        <translation>截止营业日（YYYY-MM-DD；默认同起始日）。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli rating list|summary [--from YYYY-MM-DD] [--to YYYY-MM-DD]  --data-dir DIR</source>
        <translation>用法：counterdesk-cli rating list|summary [--from YYYY-MM-DD] [--to YYYY-MM-DD]  --data-dir 目录</translation>
    </message>
    <message>
        <source>Give the period as --from YYYY-MM-DD --to YYYY-MM-DD (to not before from).</source>
        <translation>请以 --from YYYY-MM-DD --to YYYY-MM-DD 指定期间（截止日不得早于起始日）。</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>%1 号窗口</translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <source>Rate our service — window %1</source>
        <translation>服务评价 — %1 号窗口</translation>
    </message>
    <message>
        <source>Ticket %1: how satisfied are you with our service?</source>
        <translation>%1 号，请您对本次服务进行评价</translation>
    </message>
    <message>
        <source>Welcome! Please rate our service when it is finished.</source>
        <translation>欢迎光临！业务办理完毕后，请您对我们的服务进行评价。</translation>
    </message>
    <message>
        <source>Rating &amp;pad for the customer…</source>
        <translation>客户评价器(&amp;P)…</translation>
    </message>
    <message>
        <source>Rating pad</source>
        <translation>客户评价器</translation>
    </message>
    <message>
        <source>Sign in at a window first: the pad rates the tickets that window serves.</source>
        <translation>请先在窗口登录：评价器评价的是本窗口办理的号票。</translation>
    </message>
</context>
<context>
    <name>ReceptionBookingDialog</name>
    <message>
        <source>Bookings</source>
        <translation>预约管理</translation>
    </message>
    <message>
        <source>Book for a customer</source>
        <translation>为客户预约</translation>
    </message>
    <message>
        <source>Check in or cancel by code</source>
        <translation>按预约码签到或取消</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>业务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>时段(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Mobile number (11 digits)</source>
        <translation>手机号（11位）</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手机(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Book and print the slip</source>
        <translation>预约并打印凭条(&amp;B)</translation>
    </message>
    <message>
        <source>Print the slip again</source>
        <translation>重新打印凭条</translation>
    </message>
    <message>
        <source>Type or scan the booking code (or the booking page's QR code), then check the customer in or cancel the booking.</source>
        <translation>输入或扫描预约码（或预约页面的二维码），然后为客户签到或取消预约。</translation>
    </message>
    <message>
        <source>&amp;Check in and print the ticket</source>
        <translation>签到并打印号票(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the &amp;booking</source>
        <translation>取消预约(&amp;B)</translation>
    </message>
    <message>
        <source>Take an &amp;ordinary ticket instead</source>
        <translation>改取普通号(&amp;O)</translation>
    </message>
    <message>
        <source>%1   booked %2 / %3 places</source>
        <translation>%1   已约 %2 / %3 个名额</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>（已截止）</translation>
    </message>
    <message>
        <source>(full)</source>
        <translation>（已约满）</translation>
    </message>
    <message>
        <source>Number checked (click the field to type it again)</source>
        <translation>号码有效（点击输入框可重新输入）</translation>
    </message>
    <message>
        <source>Choose a free slot first.</source>
        <translation>请先选择一个有空位的时段。</translation>
    </message>
    <message>
        <source>Type the customer's name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <source>Type the customer's mobile number.</source>
        <translation>请输入客户手机号。</translation>
    </message>
    <message>
        <source>%1 The slip is printing: give it to the customer.</source>
        <translation>%1 凭条正在打印，请交给客户。</translation>
    </message>
    <message>
        <source>%1 The slip could not be printed (%2): tell the customer the code, or print the slip again.</source>
        <translation>%1 凭条未能打印（%2）：请告知客户预约码，或重新打印凭条。</translation>
    </message>
    <message>
        <source>The slip for %1 is printing again.</source>
        <translation>%1 的凭条正在重新打印。</translation>
    </message>
    <message>
        <source>The slip could not be printed: %1</source>
        <translation>凭条未能打印：%1</translation>
    </message>
    <message>
        <source>%1, %2 at %3: %4, %5 (%6)</source>
        <translation>%1，%2 %3：%4，%5（%6）</translation>
    </message>
    <message>
        <source>Type or scan the booking code first.</source>
        <translation>请先输入或扫描预约码。</translation>
    </message>
    <message>
        <source>No booking has the code %1.</source>
        <translation>没有预约码为 %1 的预约。</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Cancel the booking %1 (%2)? Its place becomes free for others.</source>
        <translation>取消预约 %1（%2）？该名额将释放给其他客户。</translation>
    </message>
</context>
<context>
    <name>RectificationListModel</name>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation>与客户联系情况</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>整改结果</translation>
    </message>
</context>
<context>
    <name>RekeyCommand</name>
    <message>
        <source>'rekey [--new-passphrase-file FILE]': give the branch's database a new passphrase (a crash leaves it with the old or the new one).</source>
        <translation>'rekey [--new-passphrase-file FILE]'：为网点数据库更换口令（中途崩溃时，数据库仍可用旧口令或新口令之一打开）。</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (else it is typed twice on the terminal).</source>
        <translation>从文件的第一行读取新口令（否则在终端上输入两次）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli rekey --data-dir DIR [--passphrase-file FILE] [--new-passphrase-file FILE]</source>
        <translation>用法：counterdesk-cli rekey --data-dir 目录 [--passphrase-file 文件] [--new-passphrase-file 文件]</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>再次输入新口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的口令不同；未做任何改动。</translation>
    </message>
    <message>
        <source>No new passphrase: give --new-passphrase-file FILE, or run this on a terminal to type it twice. Nothing was changed.</source>
        <translation>没有新口令：请用 --new-passphrase-file 文件 提供，或在终端上运行并输入两次。未做任何改动。</translation>
    </message>
    <message>
        <source>The keychain now holds the new passphrase.</source>
        <translation>钥匙串中现在保存的是新口令。</translation>
    </message>
    <message>
        <source>The keychain could not be updated (%1): it still holds the old passphrase, which no longer opens the branch. CounterDesk will ask for the new one at its next start; let it remember that one.</source>
        <translation>无法更新钥匙串（%1）：其中仍是旧口令，已打不开网点。CounterDesk 下次启动时会要求输入新口令，届时请让它记住新口令。</translation>
    </message>
    <message>
        <source>The keychain is not available here (%1), so it was not updated. If CounterDesk remembers this branch's passphrase in a desktop keychain, it will ask for the new one at its next start there; let it remember that one.</source>
        <translation>此处没有可用的钥匙串（%1），因此未更新。如果 CounterDesk 在桌面钥匙串中记住了本网点的口令，它下次在那里启动时会要求输入新口令，届时请让它记住新口令。</translation>
    </message>
    <message>
        <source>Write the new passphrase into %1 and every other passphrase file of this branch (the hall host's service), or they will no longer open it.</source>
        <translation>请把新口令写入 %1 以及本网点的其他所有口令文件（大厅主机的服务），否则它们将打不开网点。</translation>
    </message>
    <message>
        <source>Scripts that set %1 need the new passphrase.</source>
        <translation>设置 %1 的脚本需要改用新口令。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Also write the figures as CSV.</source>
        <translation>同时以 CSV 格式写出数据。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv] --data-dir DIR</source>
        <translation>用法：counterdesk-cli report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv] --data-dir DIR</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>'report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv]': the daily log (signed, or a draft); 'report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv]': the monthly service bulletin; 'report targets [--set KEY=VALUE]': the KPI targets.</source>
        <translation>'report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv]'：营业日志（已签署或草稿）；'report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv]'：客户服务信息简报（月报）；'report targets [--set KEY=VALUE]'：服务指标目标。</translation>
    </message>
    <message>
        <source>daily: the business day.</source>
        <translation>daily：营业日。</translation>
    </message>
    <message>
        <source>monthly: the month.</source>
        <translation>monthly：月份。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>targets: change a target (repeatable): %1.</source>
        <translation>targets：修改一项目标（可重复）：%1。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>键=值</translation>
    </message>
    <message>
        <source>       counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv] --data-dir DIR</source>
        <translation>      counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv] --data-dir DIR</translation>
    </message>
    <message>
        <source>       counterdesk-cli report targets [--set KEY=VALUE] --data-dir DIR</source>
        <translation>      counterdesk-cli report targets [--set KEY=VALUE] --data-dir DIR</translation>
    </message>
    <message>
        <source>Not a month: '%1'. Give it as YYYY-MM, e.g. 2026-11.</source>
        <translation>“%1”不是月份：请写作 YYYY-MM，例如 2026-11。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv] --data-dir DIR</source>
        <translation>用法：counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv] --data-dir DIR</translation>
    </message>
    <message>
        <source>%1 has not begun yet.</source>
        <translation>%1 尚未开始。</translation>
    </message>
    <message>
        <source>%1 to %2: %3 tickets, %4 complaints</source>
        <translation>%1 至 %2：取号 %3 张，投诉 %4 件</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, e.g. %1=95</source>
        <translation>--set 的格式为 键=值，例如 %1=95</translation>
    </message>
</context>
<context>
    <name>ResidentIdValidator</name>
    <message>
        <source>No identity number given.</source>
        <translation>未提供身份证号码。</translation>
    </message>
    <message>
        <source>This is an old 15-digit identity number; only 18-character numbers are accepted.</source>
        <translation>这是旧的 15 位身份证号码；只接受 18 位号码。</translation>
    </message>
    <message>
        <source>18 characters expected, got %1.</source>
        <translation>应为 18 位，实际为 %1 位。</translation>
    </message>
    <message>
        <source>Character '%1' at position %2 is not a digit (the first 17 characters of an identity number are digits).</source>
        <translation>第 %2 位的 '%1' 不是数字（身份证号码前 17 位均为数字）。</translation>
    </message>
    <message>
        <source>The last character must be a digit or X, not '%1'.</source>
        <translation>最后一位必须是数字或 X，而不是 '%1'。</translation>
    </message>
    <message>
        <source>Region code %1 does not start with a province-level code (%2 is not one).</source>
        <translation>行政区划码 %1 不是以省级代码开头（%2 不是省级代码）。</translation>
    </message>
    <message>
        <source>Birth date %1 is not a real date.</source>
        <translation>出生日期 %1 不是真实存在的日期。</translation>
    </message>
    <message>
        <source>Birth date %1 is before 1900.</source>
        <translation>出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2.</source>
        <translation>校验码应为 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>'restore --from FILE': check a backup, then put it in the place of the branch's database (kept as branch.db.before-restore-…).</source>
        <translation>'restore --from FILE'：检查备份，然后用它替换网点的数据库（原数据库保留为 branch.db.before-restore-…）。</translation>
    </message>
    <message>
        <source>The backup to restore. It opens with the passphrase the branch had when it was made; the branch has that passphrase afterwards.</source>
        <translation>要恢复的备份。它用制作时网点的口令打开；恢复后网点使用该口令。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli restore --data-dir DIR --from FILE [--passphrase-file FILE]</source>
        <translation>用法：counterdesk-cli restore --data-dir 目录 --from 文件 [--passphrase-file 文件]</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>'serve --listen ADDR:PORT': runs the hall host (HTTPS API and push) until stopped.</source>
        <translation>'serve --listen 地址:端口'：运行大厅主机（HTTPS 接口与推送），直至停止。</translation>
    </message>
    <message>
        <source>The address and port to listen on (default 0.0.0.0:8443; port 0 picks a free one).</source>
        <translation>监听的地址和端口（默认 0.0.0.0:8443；端口为 0 时自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>地址:端口</translation>
    </message>
    <message>
        <source>--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::]:8443.</source>
        <translation>--listen 的格式为 地址:端口，例如 0.0.0.0:8443 或 [::]:8443。</translation>
    </message>
    <message>
        <source>The hall host of %1 is running. Devices pin the certificate above. Stop with Ctrl+C or SIGTERM.</source>
        <translation>%1 的大厅主机正在运行。设备须固定信任上方的证书。按 Ctrl+C 或发送 SIGTERM 停止。</translation>
    </message>
    <message>
        <source>The hall host stopped (signal %1).</source>
        <translation>大厅主机已停止（信号 %1）。</translation>
    </message>
    <message>
        <source>Synced with head office: %1 events sent, acknowledged up to %2.</source>
        <translation>已与总部同步：发送 %1 条事件，总部确认至第 %2 条。</translation>
    </message>
    <message>
        <source>Sync with head office failed: %1</source>
        <translation>与总部同步失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue complaint(s) escalated to head office.</source>
        <translation>
            <numerusform>%n 件逾期投诉已上报总部。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nightly backup: %1 (%2 bytes, %3 audit entries); %n older backup(s) removed.</source>
        <translation>
            <numerusform>每晚备份：%1（%2 字节，%3 条审计条目）；已删除 %n 份较早的备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nightly backup failed: %1</source>
        <translation>每晚备份失败：%1</translation>
    </message>
</context>
<context>
    <name>ServePanel</name>
    <message>
        <source>Say:</source>
        <translation>请说：</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍等</translation>
    </message>
    <message>
        <source>Sorry to keep you</source>
        <translation>久等致歉</translation>
    </message>
    <message>
        <source>Farewell</source>
        <translation>送别</translation>
    </message>
    <message>
        <source>Customer and service</source>
        <translation>客户与办理事项</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>办理事项(&amp;S)：</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>收费：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手机号码(&amp;P)：</translation>
    </message>
    <message>
        <source>Agent's name:</source>
        <translation>代办人姓名：</translation>
    </message>
    <message>
        <source>Agent's ID number:</source>
        <translation>代办人证件号码：</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>开始办理(&amp;O)</translation>
    </message>
    <message>
        <source>Notice number (second visit)</source>
        <translation>告知书编号（再次来办）</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>续办(&amp;R)</translation>
    </message>
    <message>
        <source>Document checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>One-time &amp;notice</source>
        <translation>一次性告知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>受理(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>不予受理(&amp;F)…</translation>
    </message>
    <message>
        <source>Refer &amp;elsewhere…</source>
        <translation>转办(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对结果</translation>
    </message>
    <message>
        <source>Why not valid</source>
        <translation>无效原因</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>代办人：%1</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>尚未开始办理。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Case %1, opened by %2</source>
        <translation>办件 %1，首问负责人 %2</translation>
    </message>
    <message>
        <source>Case %1 (notice %2), owned by %3</source>
        <translation>办件 %1（告知书 %2），首问负责人 %3</translation>
    </message>
    <message>
        <source>copy ×%1</source>
        <translation>复印件 ×%1</translation>
    </message>
    <message>
        <source>original and copy ×%1</source>
        <translation>原件及复印件 ×%1</translation>
    </message>
    <message>
        <source>original ×%1</source>
        <translation>原件 ×%1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核对</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>e.g. the copy is illegible</source>
        <translation>例如：复印件不清晰</translation>
    </message>
    <message>
        <source>Type why the document is not valid: the customer will read it on the notice.</source>
        <translation>请填写材料无效的原因：客户会在告知书上看到。</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>未能存档</translation>
    </message>
    <message>
        <source>%1 %2 is recorded, but its PDF could not be archived: %3</source>
        <translation>%1 %2 已记录，但其 PDF 未能存档：%3</translation>
    </message>
    <message>
        <source>%1 %2 recorded and archived: %3</source>
        <translation>%1 %2 已记录并存档：%3</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Accepted: case</source>
        <translation>已受理，办件编号</translation>
    </message>
    <message>
        <source>Promised by %1%2</source>
        <translation>承诺办结日期：%1%2</translation>
    </message>
    <message>
        <source> (provisional: the holiday calendar for that year is not published)</source>
        <translation>（暂定：该年度节假日安排尚未公布）</translation>
    </message>
    <message>
        <source>Refuse the application</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>How to appeal:</source>
        <translation>救济途径：</translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Refer to another department</source>
        <translation>转其他部门办理</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>承办部门：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>转办告知单</translation>
    </message>
    <message>
        <source>Notes and replies (checked against the forbidden phrases):</source>
        <translation>备注与答复（自动检查服务禁语）：</translation>
    </message>
    <message>
        <source>Application &amp;form</source>
        <translation>申请书(&amp;F)</translation>
    </message>
    <message>
        <source>Print the service's application form, filled in, for the customer to check and sign</source>
        <translation>打印已预填的本事项申请书，供客户核对签字</translation>
    </message>
    <message>
        <source>&amp;Question to answer later…</source>
        <translation>登记待答复咨询(&amp;Q)…</translation>
    </message>
    <message>
        <source>Write down a question you cannot answer now: you own it and promise a reply</source>
        <translation>登记当场无法答复的问题：由您负责并承诺答复时限</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>The application form could not be written: %1</source>
        <translation>申请书无法生成：%1</translation>
    </message>
    <message>
        <source>Application form ready: let the customer check and sign it, then mark it received in the checklist. %1</source>
        <translation>申请书已生成：请客户核对签字，然后在材料清单中标记为已收。%1</translation>
    </message>
    <message>
        <source>A question to answer later</source>
        <translation>登记待答复咨询</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Customer's name:</source>
        <translation>客户姓名：</translation>
    </message>
    <message>
        <source>Mobile phone (the answer goes by SMS):</source>
        <translation>手机号码（答复以短信发送）：</translation>
    </message>
    <message>
        <source>Question %1 recorded. You own it: tell the customer the answer comes by %2.</source>
        <translation>咨询 %1 已登记，由您负责：请告知客户将于%2前答复。</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Agent's ID type:</source>
        <translation>代办人证件类型：</translation>
    </message>
    <message>
        <source>The day is signed — a manager must authorise</source>
        <translation>当日日志已签署——须经主管授权</translation>
    </message>
    <message>
        <source>Manager's login:</source>
        <translation>主管登录名：</translation>
    </message>
    <message>
        <source>Manager's password:</source>
        <translation>主管密码：</translation>
    </message>
</context>
<context>
    <name>SignedDocument</name>
    <message>
        <source>not a valid JSON file (%1 at byte %2)</source>
        <translation>不是有效的 JSON 文件（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>not a head-office document (it names no format)</source>
        <translation>不是总部文件（未注明格式）</translation>
    </message>
    <message>
        <source>a %1 document, not a %2 document</source>
        <translation>这是 %1 文件，不是 %2 文件</translation>
    </message>
    <message>
        <source>the file holds no document</source>
        <translation>文件中没有内容</translation>
    </message>
    <message>
        <source>the document is not signed</source>
        <translation>文件没有签名</translation>
    </message>
    <message>
        <source>unknown signature algorithm '%1'</source>
        <translation>未知签名算法 '%1'</translation>
    </message>
    <message>
        <source>signed by key %1, not by head office's pinned key %2</source>
        <translation>由公钥 %1 签名，而非本网点固定的总部公钥 %2</translation>
    </message>
    <message>
        <source>the signature does not match the content: the document was changed after head office signed it</source>
        <translation>签名与内容不符：文件在总部签名后被改动过</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>'simulate --from YYYY-MM-DD --days N --windows K': realistic hall days (tickets, cases, ratings, complaints) on days without records, for demos and benchmarks.</source>
        <translation>'simulate --from YYYY-MM-DD --days N --windows K'：在没有记录的日期上生成逼真的营业日（号票、业务件、评价、投诉），用于演示和性能测试。</translation>
    </message>
    <message>
        <source>The first day.</source>
        <translation>第一天。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>How many calendar days from the first (1 to %1); weekends and holidays are skipped.</source>
        <translation>从第一天起的自然日天数（1 到 %1）；周末和节假日跳过。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many counter windows are open (1 to %1): the branch's first ones, and new ones beside them when it has fewer. Each gets customers enough to keep it about two-thirds busy, with a queue at the mid-morning peak.</source>
        <translation>开放的窗口数（1 到 %1）：使用本网点编号最小的窗口，不够时在其后新增。每个窗口的客流约使其三分之二时间忙碌，上午高峰时会排队。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same days (default 1).</source>
        <translation>随机种子：相同的种子生成相同的营业日（默认 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The manager signs each simulated day's log in the evening.</source>
        <translation>值班经理在每个模拟营业日的傍晚签署当日日志。</translation>
    </message>
    <message>
        <source>First create the demo branch in the data folder, dated the morning of the first day (the folder must not hold a branch yet).</source>
        <translation>先在数据文件夹中创建演示网点，日期记为第一天早上（该文件夹中不能已有网点）。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli simulate --from YYYY-MM-DD --days N --windows K [--seed S] [--sign] [--init-demo] --data-dir DIR</source>
        <translation>用法：counterdesk-cli simulate --from YYYY-MM-DD --days N --windows K [--seed S] [--sign] [--init-demo] --data-dir DIR</translation>
    </message>
    <message>
        <source>--init-demo makes a new branch, but %1 already holds one.</source>
        <translation>--init-demo 要新建网点，但 %1 已存在。</translation>
    </message>
    <message>
        <source>Created the demo branch %1 in %2</source>
        <translation>已在 %2 创建演示网点 %1</translation>
    </message>
    <message>
        <source>%1: tickets %2, served %3, no-shows %4, cases accepted %5, notices %6, ratings %7, complaints %8, questions %9</source>
        <translation>%1：号票 %2，办结 %3，过号 %4，受理 %5，一次性告知 %6，评价 %7，投诉 %8，待答复问题 %9</translation>
    </message>
    <message numerus="yes">
        <source>Total, %n working day(s): tickets %1, served %2, no-shows %3, cases accepted %4, notices %5, ratings %6 (%7 bad), complaints %8, questions %9</source>
        <translation>
            <numerusform>合计 %n 个工作日：号票 %1，办结 %2，过号 %3，受理 %4，一次性告知 %5，评价 %6（差评 %7），投诉 %8，待答复问题 %9</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1 windows but only %2 staff who may serve, so some of them served at several windows at once.</source>
        <translation>注意：开放 %1 个窗口，但只有 %2 名可办理业务的员工，因此有人同时在多个窗口办理。</translation>
    </message>
    <message numerus="yes">
        <source>%n daily log(s) signed.</source>
        <translation>
            <numerusform>已签署 %n 份日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s for %2 audited events (%3 ms each); %4 weekend or holiday days skipped.</source>
        <translation>用时 %1 秒，共 %2 条审计事件（每条 %3 毫秒）；跳过周末或节假日 %4 天。</translation>
    </message>
</context>
<context>
    <name>SlotRules</name>
    <message>
        <source>Opening hours have at most seven days (Monday to Sunday), not %1.</source>
        <translation>营业时间最多七天（周一至周日），而不是 %1 天。</translation>
    </message>
    <message>
        <source>Opening hours: "%1" is not a range such as 09:00-12:00.</source>
        <translation>营业时间：“%1”不是形如 09:00-12:00 的时间段。</translation>
    </message>
    <message>
        <source>Slot rules need a service.</source>
        <translation>时段规则须指定业务。</translation>
    </message>
    <message>
        <source>A slot lasts from 5 to 480 minutes, not %1.</source>
        <translation>每个时段为 5 至 480 分钟，而不是 %1 分钟。</translation>
    </message>
    <message>
        <source>A slot has from 1 to 1000 places, not %1.</source>
        <translation>每个时段有 1 至 1000 个名额，而不是 %1 个。</translation>
    </message>
    <message>
        <source>Bookings open from 0 to 365 working days ahead, not %1.</source>
        <translation>可提前预约的天数为 0 至 365 个工作日，而不是 %1。</translation>
    </message>
    <message>
        <source>The booking cut-off is from 0 to 10080 minutes, not %1.</source>
        <translation>预约截止时间为时段前 0 至 10080 分钟，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>SqlCommand</name>
    <message>
        <source>Run SQL on the decrypted database (read-only unless --write): the administrator's recovery path. Rows are printed tab-separated.</source>
        <translation>在解密后的数据库上执行 SQL（除非加 --write，否则只读）：供管理员恢复数据使用。各行以制表符分隔输出。</translation>
    </message>
    <message>
        <source>Allow changes. They bypass the audit chain, which will report them.</source>
        <translation>允许修改。修改不经过审计链，审计链校验会将其报告出来。</translation>
    </message>
    <message>
        <source>The SQL to run.</source>
        <translation>要执行的 SQL。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli sql --data-dir DIR "SELECT ..."</source>
        <translation>用法：counterdesk-cli sql --data-dir 目录 "SELECT ..."</translation>
    </message>
</context>
<context>
    <name>StaffCommand</name>
    <message>
        <source>add: the sign-in name (a-z, 0-9, . _ -).</source>
        <translation>add：登录名（a-z、0-9、. _ -）。</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>add: the name shown on screens.</source>
        <translation>add：屏幕上显示的姓名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>add: clerk, reception, manager or administrator.</source>
        <translation>add：clerk、reception、manager 或 administrator。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>add: the windows this person may sign in at (default: any).</source>
        <translation>add：此人可登录的窗口（默认：任意窗口）。</translation>
    </message>
    <message>
        <source>N,N,…</source>
        <translation>N,N,…</translation>
    </message>
    <message>
        <source>any window</source>
        <translation>任意窗口</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>--login must be 2 to 32 of a-z, 0-9, '.', '_' and '-'.</source>
        <translation>--login 须为 2 至 32 个 a-z、0-9、'.'、'_' 或 '-' 字符。</translation>
    </message>
    <message>
        <source>--name must be 1 to 64 characters.</source>
        <translation>--name 须为 1 至 64 个字符。</translation>
    </message>
    <message>
        <source>--role must be one of: %1.</source>
        <translation>--role 须为以下之一：%1。</translation>
    </message>
    <message>
        <source>--windows takes window numbers from 1 to 999, separated by commas.</source>
        <translation>--windows 取 1 至 999 的窗口号，用逗号分隔。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was done.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters (from COUNTERDESK_STAFF_PASSWORD, or typed on a terminal).</source>
        <translation>密码至少需要 8 个字符（取自 COUNTERDESK_STAFF_PASSWORD，或在终端上输入）。</translation>
    </message>
    <message>
        <source>There is already a staff member %1.</source>
        <translation>已有员工 %1。</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>已添加 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>'staff add --login L --name NAME --role ROLE [--windows 1,2]' (password from COUNTERDESK_STAFF_PASSWORD or asked twice), 'staff list', 'staff disable|enable --login L', 'staff password --login L' (a new password, the same way).</source>
        <translation>'staff add --login L --name NAME --role ROLE [--windows 1,2]'（密码取自 COUNTERDESK_STAFF_PASSWORD，或询问两次）、'staff list'、'staff disable|enable --login L'、'staff password --login L'（以同样方式设置新密码）。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli staff add --login LOGIN --name NAME --role ROLE [--windows N,N] --data-dir DIR | staff list --data-dir DIR | staff disable|enable|password --login LOGIN --data-dir DIR</source>
        <translation>用法：counterdesk-cli staff add --login LOGIN --name NAME --role ROLE [--windows N,N] --data-dir DIR | staff list --data-dir DIR | staff disable|enable|password --login LOGIN --data-dir DIR</translation>
    </message>
    <message>
        <source>Say whose account: --login LOGIN.</source>
        <translation>请指明账户：--login LOGIN。</translation>
    </message>
    <message>
        <source>%1 is disabled: they cannot sign in, and their sign-ins at paired counters have ended.</source>
        <translation>%1 已停用：无法再登录，其在配对窗口机上的登录已全部结束。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
    <message>
        <source>%1 has a new password; their sign-ins at paired counters have ended.</source>
        <translation>%1 已设置新密码；其在配对窗口机上的登录已全部结束。</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>Wrong name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>此账号已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <source>This account is locked after %1 wrong passwords until %2. Ask a manager, or try again then.</source>
        <translation>此账号因密码连续错误 %1 次已锁定至 %2。请联系经理，或届时再试。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>密码错误。账号现已锁定 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong name or password. %n attempt(s) left before the account locks.</source>
        <translation>
            <numerusform>用户名或密码错误。再错 %n 次账号将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not serve at window %2 (allowed: %3).</source>
        <translation>%1 不能在 %2 号窗口办理业务（可用窗口：%3）。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>The manager's name or password is wrong.</source>
        <translation>经理的用户名或密码错误。</translation>
    </message>
    <message>
        <source>%1 is not a manager.</source>
        <translation>%1 不是大堂经理。</translation>
    </message>
    <message>
        <source>A second person must authorise this: a manager cannot authorise their own act.</source>
        <translation>此操作须由另一人授权：经理不能为自己的操作授权。</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>没有工作人员 %1。</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 已是启用状态。</translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation>%1 已是停用状态。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: add or enable another one first.</source>
        <translation>%1 是最后一名启用中的管理员：请先添加或启用另一名管理员。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>CounterDesk</source>
        <translation>CounterDesk</translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>58 mm ticket roll</source>
        <translation>58 毫米热敏卷纸</translation>
    </message>
    <message>
        <source>80 mm ticket roll</source>
        <translation>80 毫米热敏卷纸</translation>
    </message>
    <message>
        <source>A4 sheets</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <source>A5 sheets</source>
        <translation>A5 纸</translation>
    </message>
    <message>
        <source>The station has no name.</source>
        <translation>工作站没有名称。</translation>
    </message>
    <message>
        <source>Choose a printer, or print to PDF files in a folder.</source>
        <translation>请选择打印机，或输出为文件夹中的 PDF 文件。</translation>
    </message>
    <message>
        <source>The kiosk prints tickets: choose 58 mm or 80 mm paper.</source>
        <translation>取号机打印号票：请选择 58 毫米或 80 毫米纸。</translation>
    </message>
    <message>
        <source>A counter prints forms: choose A4 or A5 paper.</source>
        <translation>窗口打印表单：请选择 A4 或 A5 纸。</translation>
    </message>
    <message>
        <source>Only an administrator may %1.</source>
        <translation>只有系统管理员可以%1。</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <source>Printer settings</source>
        <translation>打印机设置</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>打印机(&amp;P)：</translation>
    </message>
    <message>
        <source>PDF to &amp;folder:</source>
        <translation>PDF 输出到文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
    <message>
        <source>Print a &amp;test ticket</source>
        <translation>打印测试号票(&amp;T)</translation>
    </message>
    <message>
        <source>Where station %1 prints. Saved in the branch database; the change is logged.</source>
        <translation>工作站 %1 的打印位置。保存在网点数据库中，更改会记入日志。</translation>
    </message>
    <message>
        <source>This PC has no printer installed: tickets go to PDF files.</source>
        <translation>本机未安装打印机：号票将输出为 PDF 文件。</translation>
    </message>
    <message>
        <source>Only an administrator may %1.</source>
        <translation>只有系统管理员可以%1。</translation>
    </message>
    <message>
        <source>The test page was printed.</source>
        <translation>测试页已打印。</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Head office's address (https://…) and certificate fingerprint are not set: counterdesk-cli sync config --hq URL --hq-pin SHA256:…</source>
        <translation>尚未设置总部地址（https://…）和证书指纹：counterdesk-cli sync config --hq URL --hq-pin SHA256:…</translation>
    </message>
    <message>
        <source>Head office cannot be reached (%1). Check the network; the sync will resume where it stopped.</source>
        <translation>无法连接总部（%1）。请检查网络；同步将从中断处继续。</translation>
    </message>
    <message>
        <source>Head office refused this branch's signature (%1). Has head office registered this branch's key? See counterdesk-cli sync key.</source>
        <translation>总部拒绝了本网点的签名（%1）。总部是否已登记本网点的公钥？请见 counterdesk-cli sync key。</translation>
    </message>
    <message>
        <source>Head office answered %1: %2</source>
        <translation>总部答复 %1：%2</translation>
    </message>
    <message>
        <source>Head office stored the events up to %1 but acknowledges only %2; the sync stops here. Head office's log says why.</source>
        <translation>总部已保存至第 %1 条事件，但只确认到第 %2 条；同步在此停止。原因见总部日志。</translation>
    </message>
    <message>
        <source>Head office says it holds this branch's events up to %1, but this branch has written only %2. Was either restored from a backup? The sync stops here: ask head office.</source>
        <translation>总部称已保存本网点截至 %1 号的事件，但本网点只写到 %2 号。是否有一方从备份恢复过？同步到此停止：请联系总部。</translation>
    </message>
    <message>
        <source>Head office acknowledges the events up to %1, but was sent them only up to %2; the sync stops here. Head office's log says why.</source>
        <translation>总部确认收到截至 %1 号的事件，但只发送到 %2 号；同步到此停止。原因见总部日志。</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>'sync [--hq URL --hq-pin FINGERPRINT]': send the outbox to head office and take its catalogue and calendar; 'sync key', 'sync config', 'sync status'.</source>
        <translation>“sync [--hq URL --hq-pin 指纹]”：向总部发送待发事件并接收其业务目录和日历；另有“sync key”“sync config”“sync status”。</translation>
    </message>
    <message>
        <source>Head office's address (https://HOST:PORT).</source>
        <translation>总部地址（https://主机:端口）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Head office's certificate fingerprint (SHA256:…).</source>
        <translation>总部证书指纹（SHA256:…）。</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>config: the time of the nightly sync, after closing (HH:MM, local).</source>
        <translation>config：每晚闭厅后同步的时间（HH:MM，当地时间）。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli sync [run|key|config|status] --data-dir DIR [--hq URL --hq-pin FINGERPRINT] [--at HH:MM]</source>
        <translation>用法：counterdesk-cli sync [run|key|config|status] --data-dir 目录 [--hq URL --hq-pin 指纹] [--at HH:MM]</translation>
    </message>
    <message>
        <source>Register it at head office: counterdesk-hq branch add %1 --public-key %2</source>
        <translation>请在总部登记：counterdesk-hq branch add %1 --public-key %2</translation>
    </message>
    <message>
        <source>--hq must be an https:// address.</source>
        <translation>--hq 必须是 https:// 地址。</translation>
    </message>
    <message>
        <source>--hq-pin must be a SHA-256 fingerprint (SHA256:AB:CD:…).</source>
        <translation>--hq-pin 必须是 SHA-256 指纹（SHA256:AB:CD:…）。</translation>
    </message>
    <message>
        <source>--at must be a time such as 21:30.</source>
        <translation>--at 必须是时间，例如 21:30。</translation>
    </message>
    <message>
        <source>Last sync attempt: %1</source>
        <translation>最近一次同步尝试：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>最近一次成功同步：%1</translation>
    </message>
    <message>
        <source>Events waiting for head office: %1</source>
        <translation>待发往总部的事件：%1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>Events sent: %1 (new at head office: %2, already there: %3)</source>
        <translation>已发送事件：%1（总部新增：%2，已存在：%3）</translation>
    </message>
    <message>
        <source>Acknowledged by head office up to event %1; %2 still to send.</source>
        <translation>总部已确认至第 %1 条事件；还有 %2 条待发送。</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>业务目录：%1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>日历：%1</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>用时 %1 毫秒。</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>no priority</source>
        <translation>无优先</translation>
    </message>
    <message>
        <source>elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>残障人士</translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>with a small child</source>
        <translation>携幼儿</translation>
    </message>
</context>
<context>
    <name>TicketCommand</name>
    <message>
        <source>'ticket issue --service CODE', 'reprint NUMBER --reason TEXT', 'status TOKEN': queue tickets (the number on line 1, the status URL on line 2).</source>
        <translation>'ticket issue --service 代码'、'reprint 号码 --reason 原因'、'status 令牌'：排队号（第 1 行为号码，第 2 行为查询网址）。</translation>
    </message>
    <message>
        <source>issue | reprint NUMBER | status TOKEN</source>
        <translation>issue | reprint 号码 | status 令牌</translation>
    </message>
    <message>
        <source>issue: the service's code.</source>
        <translation>issue：业务代码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>issue: a priority group: %1.</source>
        <translation>issue：优先群体：%1。</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>群体</translation>
    </message>
    <message>
        <source>Also print the ticket to this PDF file.</source>
        <translation>同时将排队号输出到此 PDF 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The ticket roll: 80 (mm, default) or 58.</source>
        <translation>号票纸宽：80（毫米，默认）或 58。</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>reprint: why it is printed again.</source>
        <translation>reprint：补打原因。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli ticket issue --service CODE [--group GROUP] [--pdf FILE] [--paper 80|58] | reprint NUMBER --reason TEXT [--pdf FILE] | status TOKEN  --data-dir DIR</source>
        <translation>用法：counterdesk-cli ticket issue --service 代码 [--group 群体] [--pdf 文件] [--paper 80|58] | reprint 号码 --reason 原因 [--pdf 文件] | status 令牌  --data-dir 目录</translation>
    </message>
    <message>
        <source>Unknown priority group: %1 (one of: %2).</source>
        <translation>未知优先群体：%1（应为以下之一：%2）。</translation>
    </message>
    <message>
        <source>Say which service: --service CODE (see 'counterdesk-cli catalogue list').</source>
        <translation>请指明业务：--service 代码（见 'counterdesk-cli catalogue list'）。</translation>
    </message>
    <message>
        <source>No such ticket today: the token is unknown or has expired (a ticket is valid on its business day only).</source>
        <translation>今天没有这个排队号：令牌无效或已过期（排队号仅在当日有效）。</translation>
    </message>
    <message>
        <source>ahead %1</source>
        <translation>前面 %1 人</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>reprint needs --pdf FILE.</source>
        <translation>reprint 需要 --pdf 文件。</translation>
    </message>
</context>
<context>
    <name>TicketDesk</name>
    <message>
        <source>Your number is %1. Please take your ticket.</source>
        <translation>您的号码是 %1，请取走号票。</translation>
    </message>
    <message>
        <source>Your number is %1. The ticket could not be printed (%2): please collect it at the service desk. Your place in the queue is kept.</source>
        <translation>您的号码是 %1。号票未能打印（%2）：请到服务台领取，您的排队位置保留。</translation>
    </message>
</context>
<context>
    <name>TicketQueue</name>
    <message>
        <source>Unknown service: %1 (see 'counterdesk-cli catalogue list').</source>
        <translation>未知业务：%1（见 'counterdesk-cli catalogue list'）。</translation>
    </message>
    <message>
        <source>The service %1 has no queue prefix in the catalogue.</source>
        <translation>服务目录中业务 %1 没有排队号前缀。</translation>
    </message>
    <message>
        <source>No window serves %1 (%2): an administrator must add it to a window first ('counterdesk-cli queue window').</source>
        <translation>没有窗口办理 %1（%2）：须由管理员先将其加入某个窗口（'counterdesk-cli queue window'）。</translation>
    </message>
    <message>
        <source>A booked ticket needs its slot's start time.</source>
        <translation>预约号需要其时段的开始时间。</translation>
    </message>
    <message>
        <source>Ticket %1 issued for %2.</source>
        <translation>已为 %2 发放 %1 号。</translation>
    </message>
    <message>
        <source>There is no window %1.</source>
        <translation>没有 %1 号窗口。</translation>
    </message>
    <message>
        <source>Window %1 is still attending %2: finish, park, transfer it or mark it a no-show first.</source>
        <translation>%1 号窗口仍在接待 %2：请先办结、暂挂、转移或标记过号。</translation>
    </message>
    <message>
        <source>Nobody is waiting for window %1.</source>
        <translation>%1 号窗口没有人等候。</translation>
    </message>
    <message>
        <source>Window %1 calls %2.</source>
        <translation>%1 号窗口呼叫 %2。</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>今天没有 %1 号。</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be called now (it is %2).</source>
        <translation>%1 号现在不能呼叫（状态：%2）。</translation>
    </message>
    <message>
        <source>Window %1 has no ticket called or in service.</source>
        <translation>%1 号窗口没有已呼叫或正在办理的号。</translation>
    </message>
    <message>
        <source>%1 is already being served.</source>
        <translation>%1 正在办理中。</translation>
    </message>
    <message>
        <source>%1 has been recalled %2 times: mark it as a no-show.</source>
        <translation>%1 已重呼 %2 次：请标记为过号。</translation>
    </message>
    <message>
        <source>Window %1 calls %2 again (recall %3 of %4).</source>
        <translation>%1 号窗口再次呼叫 %2（第 %3/%4 次重呼）。</translation>
    </message>
    <message>
        <source>%1 is being served; it cannot be a no-show.</source>
        <translation>%1 正在办理，不能标记为过号。</translation>
    </message>
    <message>
        <source>%1 has been recalled %2 of %3 times: recall it before marking it a no-show.</source>
        <translation>%1 已重呼 %2/%3 次：标记过号前请先重呼。</translation>
    </message>
    <message>
        <source>%1 did not come: marked as a no-show.</source>
        <translation>%1 未到，已标记为过号。</translation>
    </message>
    <message>
        <source>%1 is parked; call it again with resume.</source>
        <translation>%1 已暂挂；请用“恢复”重新呼叫。</translation>
    </message>
    <message>
        <source>Say where to transfer to: another service, another window, or both.</source>
        <translation>请说明转往何处：其他业务、其他窗口，或两者。</translation>
    </message>
    <message>
        <source>No window serves %1.</source>
        <translation>没有窗口办理 %1。</translation>
    </message>
    <message>
        <source>%1 is already at window %2.</source>
        <translation>%1 已在 %2 号窗口。</translation>
    </message>
    <message>
        <source>%1 is transferred to window %2.</source>
        <translation>%1 已转至 %2 号窗口。</translation>
    </message>
    <message>
        <source>%1 is transferred to %2.</source>
        <translation>%1 已转至 %2。</translation>
    </message>
    <message>
        <source>Window %1 serves %2.</source>
        <translation>%1 号窗口开始办理 %2。</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>%1 已办结。</translation>
    </message>
    <message>
        <source>A reprint needs a reason (e.g. paper jam).</source>
        <translation>补打需要说明原因（例如卡纸）。</translation>
    </message>
    <message>
        <source>The reason is too long (at most 200 characters).</source>
        <translation>原因太长（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>Reprint of %1 logged.</source>
        <translation>已记录 %1 的补打。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the branch database</source>
        <translation>打开网点数据库</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Remember in this computer's &amp;keychain</source>
        <translation>在本机钥匙串中记住(&amp;K)</translation>
    </message>
    <message>
        <source>Enter the passphrase of the branch database
%1</source>
        <translation>请输入网点数据库的口令
%1</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <source>The passphrase could not be kept in this computer's keychain (%1). CounterDesk will ask for it again next time.</source>
        <translation>口令未能保存到本机钥匙串（%1）。下次启动时 CounterDesk 会再次询问。</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>Line %1: a second header for %2 (the first is on line %3).</source>
        <translation>第 %1 行：%2 年的第二个标题（第一个在第 %3 行）。</translation>
    </message>
    <message>
        <source>Line %1: 3 tab-separated columns expected (date, kind, name), got %2.</source>
        <translation>第 %1 行：应有 3 个以制表符分隔的列（日期、类型、名称），实际有 %2 列。</translation>
    </message>
    <message>
        <source>Line %1: '%2' is not a date of the form YYYY-MM-DD.</source>
        <translation>第 %1 行：'%2' 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a real date.</source>
        <translation>第 %1 行：%2 不是真实存在的日期。</translation>
    </message>
    <message>
        <source>Line %1: unknown kind '%2' (expected off or work).</source>
        <translation>第 %1 行：未知类型 '%2'（应为 off 或 work）。</translation>
    </message>
    <message>
        <source>Line %1: the name (third column) is empty.</source>
        <translation>第 %1 行：名称（第三列）为空。</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice (first on line %3).</source>
        <translation>第 %1 行：%2 重复列出（首次出现在第 %3 行）。</translation>
    </message>
    <message>
        <source>Line %1: the entry for %2 comes before any '# YYYY:' year header.</source>
        <translation>第 %1 行：%2 的条目出现在任何 '# YYYY:' 年份标题之前。</translation>
    </message>
    <message>
        <source>Line %1: %2 does not belong in the section for %3 (only dates in %3 or in December %4 do).</source>
        <translation>第 %1 行：%2 不属于 %3 年的部分（只能是 %3 年或 %4 年 12 月的日期）。</translation>
    </message>
    <message>
        <source>The calendar has no entries.</source>
        <translation>日历中没有任何条目。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: counterdesk-cli COMMAND [OPTIONS]</source>
        <translation>用法：counterdesk-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>'counterdesk-cli COMMAND --help' describes a command.</source>
        <translation>'counterdesk-cli 命令 --help' 显示该命令的说明。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 refused or bad input; 2 cannot open the database (no or wrong passphrase, missing, damaged or newer file); 3 audit chain broken.</source>
        <translation>退出码：0 成功；1 被拒绝或输入有误；2 无法打开数据库（无口令或口令错误、文件缺失、损坏或版本更新）；3 审计链断裂。</translation>
    </message>
    <message>
        <source>Environment: COUNTERDESK_PASSPHRASE holds the database passphrase for scripts.</source>
        <translation>环境变量：COUNTERDESK_PASSPHRASE 供脚本提供数据库口令。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
</context>
</TS>