<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CounterDesk</source>
        <translation>關於 CounterDesk</translation>
    </message>
    <message>
        <source>CounterDesk %1</source>
        <translation>CounterDesk %1</translation>
    </message>
    <message>
        <source>Counter software for service halls: queue tickets, scripted service, document checklists, one-time notices and acceptance receipts, with every record encrypted and every change audited.</source>
        <translation>服務大廳窗口軟體：排隊取號、規範服務用語、材料清單、一次性告知和受理回執；所有記錄加密儲存，每一次變更都留痕可審計。</translation>
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
        <translation>未知業務：%1（請檢視 'counterdesk-cli catalogue list'）。</translation>
    </message>
    <message>
        <source>The service %1 takes no bookings.</source>
        <translation>業務 %1 不接受預約。</translation>
    </message>
    <message>
        <source>%1 is not a working day: there are no slots (weekends and public holidays are closed, make-up working days open).</source>
        <translation>%1 不是工作日，沒有預約時段（週末和法定節假日不辦理，調休上班日照常辦理）。</translation>
    </message>
    <message>
        <source>The service %1 takes no bookings on %2: it is closed that day.</source>
        <translation>業務 %1 在 %2 不接受預約：當天不辦理。</translation>
    </message>
    <message>
        <source>The name must be 1 to %1 characters long.</source>
        <translation>姓名須為 1 至 %1 個字元。</translation>
    </message>
    <message>
        <source>The slot needs a date and a time.</source>
        <translation>預約時段須有日期和時間。</translation>
    </message>
    <message>
        <source>The service %1 (%2) takes no bookings.</source>
        <translation>業務“%1”（%2）不接受預約。</translation>
    </message>
    <message>
        <source>%1 is not a working day: no bookings on weekends and public holidays.</source>
        <translation>%1 不是工作日：週末和法定節假日不接受預約。</translation>
    </message>
    <message>
        <source>The service takes no bookings on %1: it is closed that day.</source>
        <translation>該業務在 %1 不接受預約：當天不辦理。</translation>
    </message>
    <message>
        <source>No slot starts at %1 on %2: the slots start at %3.</source>
        <translation>%2 沒有 %1 開始的時段；可預約時段的開始時間為：%3。</translation>
    </message>
    <message>
        <source>Bookings open %1 working days ahead: the last day that can be booked today is %2.</source>
        <translation>可提前 %1 個工作日預約：今天最晚可預約到 %2。</translation>
    </message>
    <message>
        <source>Booking for %1 at %2 closed at %3 (%4 minutes before the slot).</source>
        <translation>%1 %2 的預約已於 %3 截止（時段開始前 %4 分鐘）。</translation>
    </message>
    <message numerus="yes">
        <source>This phone number cannot book until %1: %n missed bookings within %2 days, the last on %3.</source>
        <translation>
            <numerusform>該手機號碼在 %1 之前不能預約：%2 天內有 %n 次預約未到，最近一次在 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The slot at %1 on %2 is full (%n places).</source>
        <translation>
            <numerusform>%2 %1 的時段已約滿（共 %n 個名額）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked %1 at %2 for %3: code %4.</source>
        <translation>已預約 %1 %2 的“%3”，預約碼 %4。</translation>
    </message>
    <message>
        <source>No booking has the code %1.</source>
        <translation>沒有預約碼為 %1 的預約。</translation>
    </message>
    <message>
        <source>The booking %1 is %2: only a booking not yet checked in can be cancelled.</source>
        <translation>預約 %1 的狀態為“%2”：只有尚未簽到的預約才能取消。</translation>
    </message>
    <message>
        <source>The booking for %1 at %2 can no longer be cancelled: cancelling closed at %3 (%4 minutes before the slot).</source>
        <translation>%1 %2 的預約已不能取消：取消已於 %3 截止（時段開始前 %4 分鐘）。</translation>
    </message>
    <message>
        <source>The booking %1 is cancelled; its place is free again.</source>
        <translation>預約 %1 已取消，名額已釋放。</translation>
    </message>
    <message>
        <source>The booking %1 is already checked in: ticket %2.</source>
        <translation>預約 %1 已簽到：號碼 %2。</translation>
    </message>
    <message>
        <source>The booking %1 was cancelled.</source>
        <translation>預約 %1 已取消。</translation>
    </message>
    <message>
        <source>Too early for the booking at %1: please come back at %2.</source>
        <translation>離 %1 的預約還早，請於 %2 再來簽到。</translation>
    </message>
    <message>
        <source>The booking is for %1 at %2: please come back that day at %3.</source>
        <translation>您預約的是 %1 %2，請於當天 %3 再來簽到。</translation>
    </message>
    <message>
        <source>Too late for the booking at %1: check-in closed at %2. Please take an ordinary ticket instead.</source>
        <translation>%1 的預約已過簽到時間（%2 截止），請改取普通號。</translation>
    </message>
    <message>
        <source>Checked in: ticket %1.</source>
        <translation>已簽到：號碼 %1。</translation>
    </message>
    <message>
        <source>A slot has from 0 to 999 places, not %1.</source>
        <translation>每個時段的名額為 0 至 999 個，不能為 %1。</translation>
    </message>
    <message>
        <source>%1 on %2: %3 places per slot (were %4).</source>
        <translation>%1 在 %2：每個時段 %3 個名額（原為 %4 個）。</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) beyond the new places are kept: call or message these customers.</source>
        <translation>
            <numerusform>超出新名額的 %n 個預約仍然保留：請致電或發簡訊告知這些客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This number missed %n bookings within %1 days: it cannot book online until %2; please ask the customer to come or to cancel in time.</source>
        <translation>
            <numerusform>該號碼在 %1 天內有 %n 次預約未到：%2 前不能線上預約；請提醒客戶按時到場或及時取消。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentCommand</name>
    <message>
        <source>book, slots: the service's code.</source>
        <translation>book、slots：業務程式碼。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>book, slots, list: the slot's day (the branch's date).</source>
        <translation>book、slots、list：時段所在日期（網點當地日期）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>book: the slot's start (the branch's time).</source>
        <translation>book：時段開始時間（網點當地時間）。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>book: the customer's name.</source>
        <translation>book：客戶姓名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>book: the customer's mobile number.</source>
        <translation>book：客戶手機號碼。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>手機號</translation>
    </message>
    <message>
        <source>Say which day: --date YYYY-MM-DD.</source>
        <translation>請指定日期：--date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Say which service: --service CODE (see 'counterdesk-cli catalogue list').</source>
        <translation>請指定業務：--service 程式碼（請檢視 'counterdesk-cli catalogue list'）。</translation>
    </message>
    <message>
        <source>Say which slot: --time HH:MM.</source>
        <translation>請指定時段：--time HH:MM。</translation>
    </message>
    <message>
        <source>'appointment book|slots|cancel CODE|checkin CODE|list|rules': bookings of slots (the code on line 1, the booking's URL on line 2) and the services' slot rules.</source>
        <translation>'appointment book|slots|cancel 預約碼|checkin 預約碼|list|rules'：時段預約（第 1 行為預約碼，第 2 行為預約頁面網址）及各業務的時段規則。</translation>
    </message>
    <message>
        <source>book | slots | cancel CODE | checkin CODE | list | rules</source>
        <translation>book | slots | cancel 預約碼 | checkin 預約碼 | list | rules</translation>
    </message>
    <message>
        <source>rules: the length of a slot.</source>
        <translation>rules：每個時段的長度。</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>分鐘數</translation>
    </message>
    <message>
        <source>rules: the places of each slot.</source>
        <translation>rules：每個時段的名額。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>rules: opening hours per weekday, Monday first, e.g. "09:00-12:00,13:30-16:30;09:00-12:00" (';' between days; days left out are closed; "" closes every day).</source>
        <translation>rules：按星期的開放時間，從星期一開始，例如 "09:00-12:00,13:30-16:30;09:00-12:00"（各天之間用 ';' 分隔；未列出的日子不開放；"" 表示每天都不開放）。</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>開放時間</translation>
    </message>
    <message>
        <source>rules: how many working days ahead can be booked.</source>
        <translation>rules：可提前預約的工作日數。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>rules: booking and cancelling close this long before a slot.</source>
        <translation>rules：時段開始前多久停止預約和取消。</translation>
    </message>
    <message>
        <source>places: also send the customers beyond the new places an SMS.</source>
        <translation>places：同時向超出新名額的客戶傳送簡訊。</translation>
    </message>
    <message>
        <source>The service %1 takes no bookings.</source>
        <translation>業務 %1 不接受預約。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 必須是整數。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli appointment book --service CODE --date YYYY-MM-DD --time HH:MM --name NAME --phone PHONE | slots --service CODE --date YYYY-MM-DD | cancel CODE | checkin CODE | list --date YYYY-MM-DD | rules [--service CODE [--slot-minutes N] [--places N] [--hours HOURS] [--days-ahead N] [--cutoff-minutes N]] | places --service CODE --date YYYY-MM-DD --places N [--message]  --data-dir DIR</source>
        <translation>用法：counterdesk-cli appointment book --service 業務程式碼 --date YYYY-MM-DD --time HH:MM --name 姓名 --phone 手機號 | slots --service 業務程式碼 --date YYYY-MM-DD | cancel 預約碼 | checkin 預約碼 | list --date YYYY-MM-DD | rules [--service 業務程式碼 [--slot-minutes N] [--places N] [--hours 開放時間] [--days-ahead N] [--cutoff-minutes N]] | places --service 業務程式碼 --date YYYY-MM-DD --places N [--message]  --data-dir 目錄</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS queued for the nightly sync.</source>
        <translation>
            <numerusform>%n 條簡訊已排隊，將在夜間同步時傳送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentDesk</name>
    <message>
        <source>You are checked in for your booking at %1. Your number is %2: please take your ticket.</source>
        <translation>您已簽到（預約 %1）。您的號碼是 %2，請取走號票。</translation>
    </message>
    <message>
        <source>You are checked in for your booking at %1. Your number is %2. The ticket could not be printed: please see the service desk with your number; your place in the queue is kept.</source>
        <translation>您已簽到（預約 %1）。您的號碼是 %2。號票未能列印，請憑號碼到服務檯領取，您的排隊位置已保留。</translation>
    </message>
    <message>
        <source>It is too early to check in for your booking at %1. Please come back at %2.</source>
        <translation>您預約的時間是 %1，現在簽到還太早。請於 %2 再來簽到。</translation>
    </message>
    <message>
        <source>Your booking is on %1 at %2. Please come back that day at %3.</source>
        <translation>您的預約在 %1 %2。請於當天 %3 再來簽到。</translation>
    </message>
    <message>
        <source>Check-in for your booking at %1 closed at %2. You can take an ordinary ticket for the same service now.</source>
        <translation>您預約的 %1 時段已於 %2 停止簽到。您可以現在取一張同一業務的普通號。</translation>
    </message>
    <message>
        <source>This code is not a booking of this hall. Please type the 8-character code from your booking slip or message, or ask at the service desk.</source>
        <translation>這不是本廳的預約。請輸入預約憑條或簡訊上的8位預約碼，或到服務檯諮詢。</translation>
    </message>
    <message>
        <source>No booking has the code %1. Please check the code on your booking slip or message, or ask at the service desk.</source>
        <translation>沒有預約碼為 %1 的預約。請核對預約憑條或簡訊上的預約碼，或到服務檯諮詢。</translation>
    </message>
    <message>
        <source>The booking %1 was cancelled. Please take an ordinary ticket, or ask at the service desk.</source>
        <translation>預約 %1 已取消。請取普通號，或到服務檯諮詢。</translation>
    </message>
    <message>
        <source>The booking %1 is already checked in: its number is %2.</source>
        <translation>預約 %1 已簽到，號碼是 %2。</translation>
    </message>
</context>
<context>
    <name>AppointmentSettings</name>
    <message>
        <source>Unknown setting: %1</source>
        <translation>未知設定：%1</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必須是 %2 到 %3 之間的整數。</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>entry %1 is missing (deleted)</source>
        <translation>第 %1 條記錄缺失（已被刪除）</translation>
    </message>
    <message>
        <source>entry %1 is out of order</source>
        <translation>第 %1 條記錄順序錯亂</translation>
    </message>
    <message>
        <source>entry %1 does not match its hash (edited)</source>
        <translation>第 %1 條記錄與其雜湊值不符（已被修改）</translation>
    </message>
    <message>
        <source>entry %1 goes back to an earlier business day (%2)</source>
        <translation>第 %1 條記錄倒退到了更早的營業日（%2）</translation>
    </message>
    <message>
        <source>the anchor of business day %1 does not match entry %2</source>
        <translation>營業日 %1 的錨點與第 %2 條記錄不符</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2 (deleted or reordered)</source>
        <translation>第 %1 條記錄未接續第 %2 條（有刪除或順序被調換）</translation>
    </message>
    <message>
        <source>entries from %1 on are missing (deleted)</source>
        <translation>從第 %1 條起的記錄缺失（已被刪除）</translation>
    </message>
    <message>
        <source>an anchor names a business day that has no entries</source>
        <translation>某個錨點指向一個沒有任何記錄的營業日</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>'audit verify': check the audit chain. Prints 'ok N entries' (exit 0), or names the first bad entry (exit 3).</source>
        <translation>'audit verify'：校驗審計鏈。完好時輸出 'ok N entries'（退出碼 0），否則指出第一條有問題的記錄（退出碼 3）。</translation>
    </message>
    <message>
        <source>Verify the chain.</source>
        <translation>校驗審計鏈。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli audit verify --data-dir DIR</source>
        <translation>用法：counterdesk-cli audit verify --data-dir 目錄</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>'backup --out FILE': an encrypted copy of the branch, consistent, made while it is in use; 'backup config' sets the hall host's nightly backups.</source>
        <translation>'backup --out FILE'：網點的加密副本，資料一致，可在使用中製作；'backup config' 設定大廳主機的每晚備份。</translation>
    </message>
    <message>
        <source>Nothing: make a backup (--out). config: show or change the nightly backups of the hall host (--at, --keep).</source>
        <translation>不寫：製作一份備份（--out）。config：檢視或修改大廳主機的每晚備份（--at、--keep）。</translation>
    </message>
    <message>
        <source>The backup file to write (encrypted with the branch's passphrase).</source>
        <translation>要寫入的備份檔案（用網點的口令加密）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>檔案已存在時替換它。</translation>
    </message>
    <message>
        <source>config: the time of the nightly backup (HH:MM, branch time; default 22:00).</source>
        <translation>config：每晚備份的時間（HH:MM，網點時間；預設 22:00）。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>config: how many nightly backups to keep in DATA_DIR/backups (default %1).</source>
        <translation>config：在 DATA_DIR/backups 中保留的每晚備份份數（預設 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli backup --data-dir DIR --out FILE [--force], or counterdesk-cli backup config --data-dir DIR [--at HH:MM] [--keep N]</source>
        <translation>用法：counterdesk-cli backup --data-dir 目錄 --out 檔案 [--force]，或 counterdesk-cli backup config --data-dir 目錄 [--at HH:MM] [--keep N]</translation>
    </message>
    <message>
        <source>--at must be a time such as 22:00.</source>
        <translation>--at 必須是時間，例如 22:00。</translation>
    </message>
    <message>
        <source>--keep must be a number from 1 to 3650.</source>
        <translation>--keep 必須是 1 至 3650 之間的數字。</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>備份：%1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>大小：%1 位元組</translation>
    </message>
    <message>
        <source>Data version (user_version): %1</source>
        <translation>資料版本（user_version）：%1</translation>
    </message>
    <message>
        <source>Audit entries: the chain does not verify (%1)</source>
        <translation>審計條目：審計鏈校驗不透過（%1）</translation>
    </message>
    <message>
        <source>The branch's audit chain is broken; the backup is a faithful copy of it. See 'counterdesk-cli audit verify'.</source>
        <translation>網點的審計鏈已損壞；備份如實複製了它。請檢視 'counterdesk-cli audit verify'。</translation>
    </message>
    <message>
        <source>Audit entries: %1 (the chain verifies)</source>
        <translation>審計條目：%1（審計鏈校驗透過）</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>用時 %1 毫秒。</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>%1 already exists. Choose another name, or add --force to replace it. Nothing was written.</source>
        <translation>%1 已存在。請換一個檔名，或加 --force 替換它。未寫入任何內容。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是一個資料夾。</translation>
    </message>
    <message>
        <source>%1 is the branch's own database: write the backup to another file.</source>
        <translation>%1 是網點自己的資料庫：請把備份寫到另一個檔案。</translation>
    </message>
    <message>
        <source>The new backup did not read back correctly (%1); it was deleted. Check the disk.</source>
        <translation>新備份讀回時出錯（%1），已刪除。請檢查磁碟。</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2. Nothing was written.</source>
        <translation>無法寫入備份 %1：%2。未寫入任何內容。</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>%1 處沒有備份檔案。</translation>
    </message>
    <message>
        <source>%1 does not open with this passphrase, or is not a CounterDesk backup. Give the passphrase the branch had when the backup was made (--passphrase-file FILE).</source>
        <translation>%1 用此口令打不開，或不是 CounterDesk 備份。請提供製作備份時網點使用的口令（--passphrase-file 檔案）。</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a CounterDesk backup.</source>
        <translation>%1 是加密資料庫，但不是 CounterDesk 備份。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a CounterDesk backup.</source>
        <translation>%1 是未加密的 SQLite 檔案，不是 CounterDesk 備份。</translation>
    </message>
    <message>
        <source>%1 was made by a newer CounterDesk: install that version or a newer one to use it.</source>
        <translation>%1 由更新版本的 CounterDesk 製作：請安裝該版本或更新的版本後再使用。</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged. Use another backup.</source>
        <translation>%1 不完整或已損壞。請使用另一份備份。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Use another backup.</source>
        <translation>%1 已損壞（%2）。請使用另一份備份。</translation>
    </message>
    <message>
        <source>broken at entry %1: %2</source>
        <translation>在第 %1 條處斷裂：%2</translation>
    </message>
    <message>
        <source>The audit chain in %1 does not verify (%2): its records may have been changed. Use another backup.</source>
        <translation>%1 中的審計鏈校驗不透過（%2）：其中的記錄可能被改動過。請使用另一份備份。</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>booked</source>
        <translation>已預約</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已簽到</translation>
    </message>
    <message>
        <source>served</source>
        <translation>已辦理</translation>
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
        <translation>網點需要一個名稱。</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>未知時區：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>A branch code is 2 to 12 capital letters or digits (e.g. BJ0101).</source>
        <translation>網點程式碼為 2 至 12 位大寫字母或數字（例如 BJ0101）。</translation>
    </message>
    <message>
        <source>The daily log of %1 is signed: a manager must authorise any further change to that day.</source>
        <translation>%1 的營業日誌已簽署：此後對當日的任何改動須經主管授權。</translation>
    </message>
</context>
<context>
    <name>BranchRegistry</name>
    <message>
        <source>'%1' is not a branch code: 1 to 32 letters, digits, '-' or '_'.</source>
        <translation>“%1”不是網點程式碼：應為 1 至 32 個字母、數字、“-”或“_”。</translation>
    </message>
    <message>
        <source>The public key must be the branch's Ed25519 public key in base64 (44 characters), as 'counterdesk-cli sync key' prints it.</source>
        <translation>公鑰必須是該網點的 Ed25519 公鑰（base64，44 個字元），即“counterdesk-cli sync key”顯示的內容。</translation>
    </message>
    <message>
        <source>Branch %1 is already registered; nothing was changed.</source>
        <translation>網點 %1 已登記，未做任何更改。</translation>
    </message>
    <message>
        <source>Branch %1 is already revoked.</source>
        <translation>網點 %1 已被吊銷。</translation>
    </message>
    <message>
        <source>No branch %1 is registered.</source>
        <translation>沒有登記網點 %1。</translation>
    </message>
</context>
<context>
    <name>BranchRekey</name>
    <message>
        <source>No new passphrase was given. Nothing was changed.</source>
        <translation>沒有提供新口令。未做任何改動。</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Nothing was changed.</source>
        <translation>新口令與當前口令相同。未做任何改動。</translation>
    </message>
    <message>
        <source>The new passphrase is too weak (strength %1 of 4, at least %2 needed). Choose four or more unrelated words. Nothing was changed.</source>
        <translation>新口令太弱（強度 %1/4，至少需要 %2）。請選擇四個或更多互不相關的詞。未做任何改動。</translation>
    </message>
    <message>
        <source>There is no branch database at %1.</source>
        <translation>%1 處沒有網點資料庫。</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>口令未更換：%1</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1 could not be written back into the database. Try again.</source>
        <translation>口令未更換：%1 無法寫回資料庫。請重試。</translation>
    </message>
    <message>
        <source>The branch database now opens with the new passphrase only.</source>
        <translation>網點資料庫現在只能用新口令開啟。</translation>
    </message>
</context>
<context>
    <name>BranchRestore</name>
    <message>
        <source>There is no backup file at %1. Nothing was changed.</source>
        <translation>%1 處沒有備份檔案。未做任何改動。</translation>
    </message>
    <message>
        <source>%1 is the branch's own database, not a backup. Nothing was changed.</source>
        <translation>%1 是網點自己的資料庫，不是備份。未做任何改動。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the data folder: %2. Nothing was changed.</source>
        <translation>無法把 %1 複製到資料目錄：%2。未做任何改動。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何改動。</translation>
    </message>
    <message>
        <source>Cannot keep the current database as %1: %2. Nothing was changed.</source>
        <translation>無法把當前資料庫保留為 %1：%2。未做任何改動。</translation>
    </message>
    <message>
        <source>Cannot move %1 aside: %2. The branch was not restored; its database is as it was.</source>
        <translation>無法移開 %1：%2。網點未恢復，其資料庫保持原樣。</translation>
    </message>
    <message>
        <source>Cannot put the restored database in place: %1. The database it was to replace is kept as %2.</source>
        <translation>無法把恢復的資料庫放到位：%1。原本要被替換的資料庫保留為 %2。</translation>
    </message>
    <message>
        <source>Restored %1 (data version %2, %3 audit entries). The database it replaced is kept as %4.</source>
        <translation>已恢復 %1（資料版本 %2，%3 條審計條目）。被替換的資料庫保留為 %4。</translation>
    </message>
    <message>
        <source>Restored %1 (data version %2, %3 audit entries) into %4.</source>
        <translation>已將 %1（資料版本 %2，%3 條審計條目）恢復到 %4。</translation>
    </message>
    <message>
        <source>The restore could not be written into the audit chain: %1</source>
        <translation>這次恢復未能寫入審計鏈：%1</translation>
    </message>
</context>
<context>
    <name>CalendarUpdate</name>
    <message>
        <source>This branch has no head office key pinned: no calendar can be trusted.</source>
        <translation>本網點尚未鎖定總部公鑰：無法信任任何日曆。</translation>
    </message>
    <message>
        <source>The calendar was refused: %1</source>
        <translation>日曆被拒絕：%1</translation>
    </message>
    <message>
        <source>The calendar was refused: its version is not a positive number.</source>
        <translation>日曆被拒絕：其版本號不是正整數。</translation>
    </message>
    <message>
        <source>Calendar version %1 is already in force.</source>
        <translation>日曆版本 %1 已在使用中。</translation>
    </message>
    <message>
        <source>The calendar was refused: version %1 is older than version %2 in force.</source>
        <translation>日曆被拒絕：版本 %1 早於正在使用的版本 %2。</translation>
    </message>
    <message>
        <source>Calendar version %1 is in force (years %2).</source>
        <translation>日曆版本 %1 已生效（年份 %2）。</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>being served</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>waiting for documents</source>
        <translation>等待補充材料</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>辦理中</translation>
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
        <translation>待領取</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>已領取</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>已轉辦</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation>%1（即將到期）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
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
        <translation>我的辦件（含代理的辦件）</translation>
    </message>
    <message>
        <source>All of the branch's cases</source>
        <translation>本網點全部辦件</translation>
    </message>
    <message>
        <source>Cases and questions</source>
        <translation>辦件與諮詢</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>下一步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Collection notice</source>
        <translation>領取通知書(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>轉交(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Reprint receipt…</source>
        <translation>補打回執(&amp;R)…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel case…</source>
        <translation>撤銷辦件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>列印預覽(&amp;P)…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>辦件</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>答覆期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>答覆(&amp;A)…</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>轉交(&amp;O)…</translation>
    </message>
    <message>
        <source>Questions to answer</source>
        <translation>待答覆諮詢</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待答覆</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>%1 is recorded, but its PDF could not be written: %2. Use Print preview to print it.</source>
        <translation>%1已記錄，但其 PDF 無法寫入：%2。請用“列印預覽”列印。</translation>
    </message>
    <message>
        <source>%1 archived: %2</source>
        <translation>%1已存檔：%2</translation>
    </message>
    <message>
        <source>Case %1 becomes %2</source>
        <translation>辦件 %1 轉為“%2”</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>備註（可不填）：</translation>
    </message>
    <message>
        <source>The case is ready: the customer's SMS is queued. Print a collection notice if they want one.</source>
        <translation>辦件已辦結：已排隊向客戶傳送簡訊。客戶需要時可列印領取通知書。</translation>
    </message>
    <message>
        <source>The case is now %1.</source>
        <translation>辦件現為“%1”。</translation>
    </message>
    <message>
        <source>Collection notice %1</source>
        <translation>領取通知書 %1</translation>
    </message>
    <message>
        <source>Extend case %1</source>
        <translation>辦件 %1 延期</translation>
    </message>
    <message>
        <source>New date (YYYY-MM-DD):</source>
        <translation>新的辦結日期（年-月-日）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>"%1" is not a date: type it as 2026-12-31.</source>
        <translation>“%1”不是日期：請按 2026-12-31 的格式輸入。</translation>
    </message>
    <message>
        <source>Case extended to %1; the customer is told by SMS.</source>
        <translation>辦件已延期至%1，已簡訊告知客戶。</translation>
    </message>
    <message>
        <source>Hand case %1 to a colleague</source>
        <translation>將辦件 %1 轉交同事</translation>
    </message>
    <message>
        <source>Colleague's login:</source>
        <translation>同事的登入名：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Case handed to %1.</source>
        <translation>辦件已轉交 %1。</translation>
    </message>
    <message>
        <source>Reprint the receipt of case %1 — needs a manager</source>
        <translation>補打辦件 %1 的回執——需主管授權</translation>
    </message>
    <message>
        <source>Manager's login:</source>
        <translation>主管登入名：</translation>
    </message>
    <message>
        <source>Manager's password:</source>
        <translation>主管密碼：</translation>
    </message>
    <message>
        <source>Receipt reprint %1</source>
        <translation>補打回執 %1</translation>
    </message>
    <message>
        <source>Cancel case %1 — needs a manager</source>
        <translation>撤銷辦件 %1——需主管授權</translation>
    </message>
    <message>
        <source>Case cancelled, authorised by %1.</source>
        <translation>辦件已撤銷，授權主管：%1。</translation>
    </message>
    <message>
        <source>Answer question %1</source>
        <translation>答覆諮詢 %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答覆：</translation>
    </message>
    <message>
        <source>Question %1 answered.</source>
        <translation>諮詢 %1 已答覆。</translation>
    </message>
    <message>
        <source>Hand question %1 to a colleague</source>
        <translation>將諮詢 %1 轉交同事</translation>
    </message>
    <message>
        <source>Question %1 handed to %2.</source>
        <translation>諮詢 %1 已轉交 %2。</translation>
    </message>
    <message>
        <source>The day is signed — a manager must authorise</source>
        <translation>當日日誌已簽署——須經主管授權</translation>
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
        <translation>身份證號碼：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>Service %1 is no longer in the catalogue.</source>
        <translation>服務 %1 已不在服務目錄中。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>沒有辦件 %1。</translation>
    </message>
    <message>
        <source>Unknown service %1.</source>
        <translation>未知服務 %1。</translation>
    </message>
    <message>
        <source>Unknown condition %1.</source>
        <translation>未知條件 %1。</translation>
    </message>
    <message>
        <source>The agent's details are missing.</source>
        <translation>缺少代辦人資訊。</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>代辦人：%1</translation>
    </message>
    <message>
        <source>The checklist can only change while the case is open.</source>
        <translation>只有在辦理中時才能修改材料清單。</translation>
    </message>
    <message>
        <source>Documents can only be checked while the case is open.</source>
        <translation>只有在辦理中的辦件才能核對材料。</translation>
    </message>
    <message>
        <source>A document is received, missing or invalid, not '%1'.</source>
        <translation>材料狀態只能是已收、缺少或無效，不能是 '%1'。</translation>
    </message>
    <message>
        <source>Say why the document is not valid: the customer reads it on the notice.</source>
        <translation>請說明材料無效的原因：客戶會在告知書上看到。</translation>
    </message>
    <message>
        <source>The checklist has no item %1.</source>
        <translation>材料清單中沒有第 %1 項。</translation>
    </message>
    <message>
        <source>A notice is given for an open case, not one that is %1.</source>
        <translation>只能為正在辦理的辦件出具告知書，此辦件狀態為 %1。</translation>
    </message>
    <message>
        <source>Check every document first: "%1" is not marked yet.</source>
        <translation>請先核對每一項材料：“%1”尚未標記。</translation>
    </message>
    <message>
        <source>Nothing is missing: accept the application instead.</source>
        <translation>材料齊全，請直接受理。</translation>
    </message>
    <message>
        <source>No case has the notice number %1.</source>
        <translation>沒有告知書編號為 %1 的辦件。</translation>
    </message>
    <message>
        <source>Case %1 is not waiting for documents (it is %2).</source>
        <translation>辦件 %1 不在等待補充材料（當前狀態：%2）。</translation>
    </message>
    <message>
        <source>Only an open case can be accepted; this one is %1.</source>
        <translation>只有辦理中的辦件才能受理，此辦件狀態為 %1。</translation>
    </message>
    <message>
        <source>"%1" is not received: give a one-time notice of what is missing instead.</source>
        <translation>“%1”尚未收到：請改為出具一次性告知書，告知所缺材料。</translation>
    </message>
    <message>
        <source>Only an open case can be refused; this one is %1.</source>
        <translation>只有辦理中的辦件才能不予受理，此辦件狀態為 %1。</translation>
    </message>
    <message>
        <source>A refusal needs its reasons and the way to appeal.</source>
        <translation>不予受理須寫明理由和救濟途徑。</translation>
    </message>
    <message>
        <source>A referral names the department, a contact person and their phone (首问负责制).</source>
        <translation>轉辦須寫明承辦部門、聯絡人及其電話（首問負責制）。</translation>
    </message>
    <message>
        <source>The case is already %1.</source>
        <translation>辦件已是 %1 狀態。</translation>
    </message>
    <message>
        <source>Say why the case is cancelled.</source>
        <translation>請說明撤銷辦件的原因。</translation>
    </message>
    <message>
        <source>A case that is %1 cannot become %2.</source>
        <translation>狀態為 %1 的辦件不能變為 %2。</translation>
    </message>
    <message>
        <source>Only a case in progress can be extended.</source>
        <translation>只有正在辦理的辦件才能延期。</translation>
    </message>
    <message>
        <source>An extension needs its reason and a new date later than %1.</source>
        <translation>延期需要說明原因，新日期須晚於 %1。</translation>
    </message>
    <message>
        <source>There is no active colleague called %1.</source>
        <translation>沒有名為 %1 的在崗同事。</translation>
    </message>
    <message>
        <source>Say in a note what the colleague needs to know.</source>
        <translation>請在備註中寫明同事需要了解的情況。</translation>
    </message>
    <message>
        <source>Name an active colleague other than yourself as proxy.</source>
        <translation>請指定一位在崗的其他同事作為代理人。</translation>
    </message>
    <message>
        <source>A proxy needs a reason and an end in the future.</source>
        <translation>委託代理需要原因，且結束時間須在將來。</translation>
    </message>
    <message>
        <source>Only a ready case has a collection notice; this one is %1.</source>
        <translation>只有已辦結的辦件才有領取通知書；此辦件狀態為 %1。</translation>
    </message>
    <message>
        <source>Case %1 was never accepted: it has no receipt.</source>
        <translation>辦件 %1 未曾受理，沒有回執。</translation>
    </message>
    <message>
        <source>Say why the receipt is printed again.</source>
        <translation>請說明補打回執的原因。</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>%1: '%2' needs at least a zh_CN text</source>
        <translation>%1：'%2' 至少需要簡體中文文字</translation>
    </message>
    <message>
        <source>%1: limit '%2' needs 1 to 366 days</source>
        <translation>%1：時限 '%2' 須為 1 至 366 天</translation>
    </message>
    <message>
        <source>%1: limit '%2' must be in working or natural days</source>
        <translation>%1：時限 '%2' 必須以工作日或自然日計</translation>
    </message>
    <message>
        <source>the catalogue has no version number</source>
        <translation>服務目錄沒有版本號</translation>
    </message>
    <message>
        <source>the catalogue defines no sectors</source>
        <translation>服務目錄未定義任何行業</translation>
    </message>
    <message>
        <source>forbidden phrase '%1' names an unknown stage '%2'</source>
        <translation>服務禁語 '%1' 指向未知環節 '%2'</translation>
    </message>
    <message>
        <source>forbidden phrase '%1'</source>
        <translation>服務禁語 '%1'</translation>
    </message>
    <message>
        <source>a forbidden phrase needs the phrase and its alternative</source>
        <translation>服務禁語需要寫明禁語及替代用語</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>收費專案 %1</translation>
    </message>
    <message>
        <source>every fee needs a unique code (%1)</source>
        <translation>每個收費專案都需要唯一的程式碼（%1）</translation>
    </message>
    <message>
        <source>%1: priceFen must be a whole number of fen, 0 or more</source>
        <translation>%1：priceFen 必須是不小於 0 的整數（單位：分）</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服務 %1</translation>
    </message>
    <message>
        <source>service code '%1' must be 2-32 capital letters, digits or hyphens</source>
        <translation>服務程式碼 '%1' 必須為 2 至 32 位大寫字母、數字或連字元</translation>
    </message>
    <message>
        <source>service code %1 appears twice</source>
        <translation>服務程式碼 %1 重複出現</translation>
    </message>
    <message>
        <source>%1: unknown sector '%2'</source>
        <translation>%1：未知行業 '%2'</translation>
    </message>
    <message>
        <source>%1: request type must be one of %2</source>
        <translation>%1：訴求型別必須是以下之一：%2</translation>
    </message>
    <message>
        <source>%1: the queue prefix must be one capital letter</source>
        <translation>%1：排隊號字首必須是一個大寫字母</translation>
    </message>
    <message>
        <source>%1: checklist names an unknown document '%2'</source>
        <translation>%1：材料清單中有未知材料 '%2'</translation>
    </message>
    <message>
        <source>%1: document form must be original, copy or original+copy</source>
        <translation>%1：材料形式必須為原件、影印件或原件加影印件</translation>
    </message>
    <message>
        <source>%1: a document count must be 1 to 99</source>
        <translation>%1：材料份數必須為 1 至 99</translation>
    </message>
    <message>
        <source>%1: unknown condition '%2'</source>
        <translation>%1：未知條件 '%2'</translation>
    </message>
    <message>
        <source>%1: unknown form '%2'</source>
        <translation>%1：未知表單 '%2'</translation>
    </message>
    <message>
        <source>%1: unknown fee '%2'</source>
        <translation>%1：未知收費專案 '%2'</translation>
    </message>
    <message>
        <source>%1: unknown script set '%2'</source>
        <translation>%1：未知服務用語組 '%2'</translation>
    </message>
    <message>
        <source>%1: unknown stage '%2'</source>
        <translation>%1：未知服務環節 '%2'</translation>
    </message>
    <message>
        <source>the catalogue has no services</source>
        <translation>服務目錄中沒有任何服務</translation>
    </message>
</context>
<context>
    <name>CatalogueCommand</name>
    <message>
        <source>'catalogue verify FILE', 'import FILE', 'export --out FILE', 'list': the service catalogue signed by head office. 'sign' is head office's tool.</source>
        <translation>'catalogue verify 檔案'、'import 檔案'、'export --out 檔案'、'list'：總部簽名的服務目錄。'sign' 是總部使用的工具。</translation>
    </message>
    <message>
        <source>verify FILE | import FILE | export | list | sign</source>
        <translation>verify 檔案 | import 檔案 | export | list | sign</translation>
    </message>
    <message>
        <source>Where export and sign write.</source>
        <translation>export 和 sign 的輸出檔案。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>sign: the unsigned catalogue document (JSON).</source>
        <translation>sign：未簽名的服務目錄檔案（JSON）。</translation>
    </message>
    <message>
        <source>sign: head office's private key file (base64 of the 32-byte seed).</source>
        <translation>sign：總部私鑰檔案（32 位元組種子的 base64）。</translation>
    </message>
    <message>
        <source>sign: use the public demo head-office key.</source>
        <translation>sign：使用公開的演示總部金鑰。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli catalogue verify|import FILE | export --out FILE | list  --data-dir DIR</source>
        <translation>用法：counterdesk-cli catalogue verify|import 檔案 | export --out 檔案 | list  --data-dir 目錄</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>This branch has no catalogue yet.</source>
        <translation>本網點還沒有服務目錄。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>sign needs --key FILE (or --demo-key).</source>
        <translation>sign 需要 --key 檔案（或 --demo-key）。</translation>
    </message>
    <message>
        <source>The key file must hold the base64 of a 32-byte Ed25519 seed.</source>
        <translation>金鑰檔案必須包含 32 位元組 Ed25519 種子的 base64 編碼。</translation>
    </message>
    <message>
        <source>sign needs --in FILE, the catalogue document.</source>
        <translation>sign 需要 --in 檔案（服務目錄檔案）。</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>未簽名：%1</translation>
    </message>
</context>
<context>
    <name>CatalogueUpdate</name>
    <message>
        <source>Refused: this branch has no head-office key pinned, so no catalogue can be trusted. Pin one at set-up (counterdesk-cli init --hq-key).</source>
        <translation>已拒絕：本網點未固定總部公鑰，無法信任任何服務目錄。請在設定時固定（counterdesk-cli init --hq-key）。</translation>
    </message>
    <message>
        <source>Refused: %1. Nothing was changed.</source>
        <translation>已拒絕：%1。未做任何改動。</translation>
    </message>
    <message>
        <source>Refused: the catalogue is signed but malformed (%1). Nothing was changed.</source>
        <translation>已拒絕：服務目錄雖有簽名但格式有誤（%1）。未做任何改動。</translation>
    </message>
    <message>
        <source>Refused: version %1 is older than version %2, which is in force. Nothing was changed.</source>
        <translation>已拒絕：第 %1 版比在用的第 %2 版更舊。未做任何改動。</translation>
    </message>
    <message>
        <source>Refused: a different document with the same version %1 is already in force; head office must issue a new version. Nothing was changed.</source>
        <translation>已拒絕：已有另一份同為第 %1 版的檔案在用；總部鬚髮布新版本。未做任何改動。</translation>
    </message>
    <message>
        <source>Version %1 is already in force; nothing to do.</source>
        <translation>第 %1 版已在使用中，無需操作。</translation>
    </message>
    <message>
        <source>Valid: catalogue version %1 of %2, %3 services and %4 fees, signed by head office (key %5).</source>
        <translation>有效：%2 釋出的服務目錄第 %1 版，%3 項服務、%4 個收費專案，由總部簽名（公鑰 %5）。</translation>
    </message>
    <message>
        <source>Applied catalogue version %1: %2 services, %3 fees.</source>
        <translation>已啟用服務目錄第 %1 版：%2 項服務，%3 個收費專案。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>'check id|uscc|phone VALUE': print 'valid' (exit 0) or what is wrong (exit 1).</source>
        <translation>'check id|uscc|phone 值'：輸出 'valid'（退出碼 0），或說明錯在哪裡（退出碼 1）。</translation>
    </message>
    <message>
        <source>id (resident identity number), uscc (unified social credit code) or phone (mainland mobile number).</source>
        <translation>id（居民身份證號碼）、uscc（統一社會信用程式碼）或 phone（內地手機號碼）。</translation>
    </message>
    <message>
        <source>The value to check.</source>
        <translation>要校驗的值。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli check id|uscc|phone VALUE</source>
        <translation>用法：counterdesk-cli check id|uscc|phone 值</translation>
    </message>
    <message numerus="yes">
        <source>Expected a kind and one value, got %n argument(s).</source>
        <translation>
            <numerusform>需要一個型別和一個值，實際收到 %n 個引數。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown kind '%1'.</source>
        <translation>未知型別 '%1'。</translation>
    </message>
</context>
<context>
    <name>CheckedTextEdit</name>
    <message>
        <source>Use the standard phrase</source>
        <translation>改用規範用語</translation>
    </message>
    <message>
        <source>Avoid saying “%1”; say instead: %2</source>
        <translation>避免說“%1”，可以說：%2</translation>
    </message>
    <message>
        <source>Avoid saying “%1”</source>
        <translation>避免說“%1”</translation>
    </message>
    <message>
        <source>Say instead: %1</source>
        <translation>改為：%1</translation>
    </message>
    <message>
        <source>Right-click, or press Alt+Enter at the phrase, to use it.</source>
        <translation>在該處右擊，或按 Alt+Enter，即可替換。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Try 'counterdesk-cli %1 --help'.</source>
        <translation>請執行 'counterdesk-cli %1 --help' 檢視用法。</translation>
    </message>
    <message>
        <source>The branch's data folder (default: %1).</source>
        <translation>網點的資料目錄（預設：%1）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Read the database passphrase from the first line of FILE (else: the %1 environment variable, the keychain, or a prompt on a terminal).</source>
        <translation>從檔案的第一行讀取資料庫口令（否則依次使用環境變數 %1、系統鑰匙串，或在終端上提示輸入）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Database passphrase: </source>
        <translation>資料庫口令：</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>再次輸入口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was done.</source>
        <translation>兩次輸入的口令不一致，未做任何操作。</translation>
    </message>
    <message>
        <source>No passphrase: give --passphrase-file FILE or set %1. CounterDesk never creates or opens an unencrypted database.</source>
        <translation>沒有口令：請用 --passphrase-file 檔案 指定，或設定環境變數 %1。CounterDesk 從不建立或開啟未加密的資料庫。</translation>
    </message>
    <message>
        <source>(Keychain: %1.)</source>
        <translation>（鑰匙串：%1。）</translation>
    </message>
</context>
<context>
    <name>ComplaintBook</name>
    <message>
        <source>At the counter</source>
        <translation>窗口現場</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Transferred by head office</source>
        <translation>總部轉辦</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>當面</translation>
    </message>
    <message>
        <source>By SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>Sign in to record a complaint.</source>
        <translation>請先登入再登記投訴。</translation>
    </message>
    <message>
        <source>Unknown channel %1 (one of: %2).</source>
        <translation>未知的投訴渠道 %1（可選：%2）。</translation>
    </message>
    <message>
        <source>Write down who complains (at most %1 characters).</source>
        <translation>請填寫投訴人（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>Write down what the complaint is about (at most %1 characters).</source>
        <translation>請填寫投訴事項（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>There is no staff member called %1.</source>
        <translation>沒有名為 %1 的工作人員。</translation>
    </message>
    <message>
        <source>The service code is too long.</source>
        <translation>業務程式碼過長。</translation>
    </message>
    <message>
        <source>There is no complaint number %1.</source>
        <translation>沒有編號為 %1 的投訴。</translation>
    </message>
    <message>
        <source>Sign in to add a note.</source>
        <translation>請先登入再新增進展記錄。</translation>
    </message>
    <message>
        <source>Complaint %1 is closed.</source>
        <translation>投訴 %1 已辦結。</translation>
    </message>
    <message>
        <source>Write the note (at most %1 characters).</source>
        <translation>請填寫進展記錄（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>Complaint %1 is already closed.</source>
        <translation>投訴 %1 已經辦結。</translation>
    </message>
    <message>
        <source>A complaint closes only with the answer given to the customer: write it down.</source>
        <translation>投訴須記錄給客戶的答覆後才能辦結：請填寫答覆內容。</translation>
    </message>
    <message>
        <source>The answer is too long (at most %1 characters).</source>
        <translation>答覆過長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>Say how the customer was answered (one of: %1).</source>
        <translation>請選擇答覆客戶的方式（可選：%1）。</translation>
    </message>
    <message>
        <source>The complaint has no phone number for an SMS.</source>
        <translation>該投訴沒有手機號碼，無法簡訊答覆。</translation>
    </message>
</context>
<context>
    <name>ComplaintCommand</name>
    <message>
        <source>'complaint add|list|note ID|close ID|escalate': complaints, one line each (phones masked).</source>
        <translation>'complaint add|list|note 編號|close 編號|escalate'：投訴，每條一行（手機號碼脫敏）。</translation>
    </message>
    <message>
        <source>add | list | note ID | close ID | escalate</source>
        <translation>add | list | note 編號 | close 編號 | escalate</translation>
    </message>
    <message>
        <source>The staff member who acts (their login).</source>
        <translation>經辦的工作人員（登入名）。</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>登入名</translation>
    </message>
    <message>
        <source>add: how it came in: %1.</source>
        <translation>add：投訴渠道：%1。</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>add: the complainant's name.</source>
        <translation>add：投訴人姓名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>add: the complainant's mobile number.</source>
        <translation>add：投訴人手機號碼。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>add: what the complaint is about.</source>
        <translation>add：投訴事項。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>add: the staff member concerned (login).</source>
        <translation>add：被投訴的工作人員（登入名）。</translation>
    </message>
    <message>
        <source>add: the service concerned (code).</source>
        <translation>add：涉及的業務（程式碼）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>note: the progress note.</source>
        <translation>note：進展記錄。</translation>
    </message>
    <message>
        <source>close: the answer given to the customer.</source>
        <translation>close：給客戶的答覆。</translation>
    </message>
    <message>
        <source>close: how it was given: %1.</source>
        <translation>close：答覆方式：%1。</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>list: closed ones too.</source>
        <translation>list：同時列出已辦結的投訴。</translation>
    </message>
    <message>
        <source>list: only open ones due within N working days (reminders).</source>
        <translation>list：只列出 N 個工作日內到期的未辦結投訴（催辦提醒）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli complaint add --as LOGIN --name NAME --matter TEXT [--channel CHANNEL] [--phone PHONE] [--staff LOGIN] [--service CODE] | list [--all] [--due-within N] | note ID --as LOGIN --text TEXT | close ID --as LOGIN --answer TEXT --via HOW | escalate  --data-dir DIR</source>
        <translation>用法：counterdesk-cli complaint add --as 登入名 --name 姓名 --matter 文字 [--channel 渠道] [--phone 手機號碼] [--staff 登入名] [--service 程式碼] | list [--all] [--due-within N] | note 編號 --as 登入名 --text 文字 | close 編號 --as 登入名 --answer 文字 --via 方式 | escalate  --data-dir 目錄</translation>
    </message>
    <message>
        <source>A complaint is named by its number, e.g. 'complaint note 3'.</source>
        <translation>投訴以編號指定，例如 'complaint note 3'。</translation>
    </message>
    <message>
        <source>--due-within takes a number of working days.</source>
        <translation>--due-within 的值應為工作日天數。</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) escalated to head office.</source>
        <translation>
            <numerusform>已向總部升級 %n 件投訴。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who acts with --as LOGIN (an active staff member).</source>
        <translation>請用 --as 登入名 指明經辦人（在職的工作人員）。</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <source>Answered</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Overdue, escalated</source>
        <translation>已逾期，已升級</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待答覆</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>答覆期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>首問負責人</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投訴人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>投訴事項</translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <source>Complaints</source>
        <translation>投訴處理</translation>
    </message>
    <message>
        <source>Show answered complaints too</source>
        <translation>同時顯示已答覆的投訴</translation>
    </message>
    <message>
        <source>&amp;Record a complaint…</source>
        <translation>登記投訴(&amp;R)…</translation>
    </message>
    <message>
        <source>Progress &amp;note…</source>
        <translation>進展記錄(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Close with the answer…</source>
        <translation>答覆並辦結(&amp;C)…</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>答覆方式：</translation>
    </message>
    <message>
        <source>Select a complaint to see its progress notes.</source>
        <translation>選擇一件投訴以檢視處理進展。</translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation>投訴 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Answered (%1): %2</source>
        <translation>已答覆（%1）：%2</translation>
    </message>
    <message>
        <source>Record a complaint</source>
        <translation>登記投訴</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投訴人</translation>
    </message>
    <message>
        <source>Mobile phone (optional)</source>
        <translation>手機號碼（選填）</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>投訴事項</translation>
    </message>
    <message>
        <source>Staff concerned (login, optional)</source>
        <translation>被投訴人員（登入名，選填）</translation>
    </message>
    <message>
        <source>Service concerned (code, optional)</source>
        <translation>涉及業務（程式碼，選填）</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>進展記錄</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Answer to the customer</source>
        <translation>答覆客戶</translation>
    </message>
    <message>
        <source>The answer given</source>
        <translation>答覆內容</translation>
    </message>
    <message>
        <source>Co&amp;mplaints…</source>
        <translation>投訴處理(&amp;M)…</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>請先登入。</translation>
    </message>
</context>
<context>
    <name>CreditCodeValidator</name>
    <message>
        <source>No credit code given.</source>
        <translation>未提供統一社會信用程式碼。</translation>
    </message>
    <message>
        <source>18 characters expected, got %1.</source>
        <translation>應為 18 位，實際為 %1 位。</translation>
    </message>
    <message>
        <source>Character '%1' at position %2 is not allowed in a credit code (it uses digits and capital letters except I, O, S, V and Z).</source>
        <translation>第 %2 位的 '%1' 不能出現在統一社會信用程式碼中（只用數字和除 I、O、S、V、Z 以外的大寫字母）。</translation>
    </message>
    <message>
        <source>The first character (registering authority) is '%1'; the standard defines only 1 to 9, A, N and Y.</source>
        <translation>第 1 位（登記管理部門程式碼）是 '%1'；標準只定義了 1 至 9、A、N 和 Y。</translation>
    </message>
    <message>
        <source>The second character (organisation type) is '%1', which is not defined for registering authority %2 (allowed: %3).</source>
        <translation>第 2 位（機構類別程式碼）是 '%1'，登記管理部門 %2 下沒有這一類別（允許：%3）。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 are the region code and must be digits, not %1.</source>
        <translation>第 3 至 8 位是行政區劃碼，必須是數字，而不是 %1。</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2.</source>
        <translation>校驗碼應為 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>CutOffSetting</name>
    <message>
        <source>The setting %1 is '%2', which is not a time of the form HH:MM (e.g. 16:30); the default cut-off %3 applies.</source>
        <translation>設定項 %1 的值為 '%2'，不是 HH:MM 格式的時間（如 16:30）；按預設截止時間 %3 執行。</translation>
    </message>
</context>
<context>
    <name>DailyLog</name>
    <message>
        <source>The remarks are too long (at most %1 characters).</source>
        <translation>備註太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>%1 has not happened yet.</source>
        <translation>%1 尚未到來。</translation>
    </message>
    <message>
        <source>Unknown kind of entry: %1.</source>
        <translation>未知的記錄型別：%1。</translation>
    </message>
    <message>
        <source>Describe what happened (at most %1 characters).</source>
        <translation>請描述發生的情況（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>Daily log</source>
        <translation>營業日誌</translation>
    </message>
    <message>
        <source>Business day %1</source>
        <translation>營業日 %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>signed by %1 at %2 (revision %3)</source>
        <translation>%1 於 %2 簽署（第 %3 版）</translation>
    </message>
    <message>
        <source>draft, not signed</source>
        <translation>草稿，未簽署</translation>
    </message>
    <message>
        <source>Tickets:</source>
        <translation>取號：</translation>
    </message>
    <message>
        <source>%1 issued, %2 served, %3 no-shows</source>
        <translation>取號 %1，辦結 %2，過號 %3</translation>
    </message>
    <message>
        <source>Waits:</source>
        <translation>等候時間：</translation>
    </message>
    <message>
        <source>Service time:</source>
        <translation>辦理時間：</translation>
    </message>
    <message>
        <source>average %1 (min:s)</source>
        <translation>平均 %1（分:秒）</translation>
    </message>
    <message>
        <source>Window %1: %2 served, %3 no-shows, service average %4</source>
        <translation>%1號窗口：辦結 %2，過號 %3，平均辦理 %4</translation>
    </message>
    <message>
        <source>Cases opened: %1; one-time notices: %2; accepted: %3</source>
        <translation>接件 %1；一次性告知 %2；受理 %3</translation>
    </message>
    <message>
        <source>Refused: %1; referred: %2; cancelled: %3</source>
        <translation>不予受理 %1；轉辦 %2；撤銷 %3</translation>
    </message>
    <message>
        <source>Ready: %1; extended: %2; overdue: %3</source>
        <translation>辦結待領 %1；延期 %2；逾期未辦結 %3</translation>
    </message>
    <message>
        <source>Questions recorded: %1; answered: %2; reprints: %3</source>
        <translation>登記待答覆諮詢 %1；已答覆 %2；補打 %3</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>Equipment fault</source>
        <translation>裝置故障</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>突發事件</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>分業務統計</translation>
    </message>
    <message>
        <source>By window</source>
        <translation>分窗口統計</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>辦件</translation>
    </message>
    <message>
        <source>Incidents and equipment faults</source>
        <translation>突發事件與裝置故障</translation>
    </message>
    <message>
        <source>Manager's remarks: %1</source>
        <translation>主管意見：%1</translation>
    </message>
    <message>
        <source>Digest (SHA-256): %1</source>
        <translation>摘要（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Hall manager:</source>
        <translation>大堂經理（簽字）：</translation>
    </message>
    <message>
        <source>average %1, 90% within %2 (min:s)</source>
        <translation>平均 %1，90% 不超過 %2（分:秒）</translation>
    </message>
    <message>
        <source>%1: %2 issued, %3 served, wait average %4, 90% within %5</source>
        <translation>%1：取號 %2，辦結 %3，平均等候 %4，90% 不超過 %5</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>預約辦理</translation>
    </message>
    <message>
        <source>Bookings for today's slots: %1; checked in: %2 (served: %3); no-shows: %4; still to come: %5; cancelled: %6</source>
        <translation>今日時段預約：%1；已簽到：%2（已辦結：%3）；爽約：%4；尚未到時：%5；已取消：%6</translation>
    </message>
    <message>
        <source>Booked customers waited on average %1, 90% within %2 (%3 called); walk-ins %4, 90% within %5 (%6 called)</source>
        <translation>預約客戶平均等候 %1，90% 在 %2 以內（已叫號 %3）；現場取號客戶 %4，90% 在 %5 以內（已叫號 %6）</translation>
    </message>
</context>
<context>
    <name>DailyLogDialog</name>
    <message>
        <source>Daily log</source>
        <translation>營業日誌</translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation>營業日：</translation>
    </message>
    <message>
        <source>Manager's remarks (signed with the log):</source>
        <translation>主管意見（隨日誌簽署）：</translation>
    </message>
    <message>
        <source>Record an &amp;incident…</source>
        <translation>登記突發事件(&amp;I)…</translation>
    </message>
    <message>
        <source>Record an &amp;equipment fault…</source>
        <translation>登記裝置故障(&amp;E)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF</source>
        <translation>另存為 PDF(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign the log</source>
        <translation>簽署日誌(&amp;S)</translation>
    </message>
    <message>
        <source>Correction %1 signed.</source>
        <translation>第 %1 版更正已簽署。</translation>
    </message>
    <message>
        <source>The log is signed. Further changes to this day need a manager's authorisation.</source>
        <translation>日誌已簽署。此後對當日的改動須經主管授權。</translation>
    </message>
    <message>
        <source>Record an equipment fault</source>
        <translation>登記裝置故障</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>登記突發事件</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>情況說明：</translation>
    </message>
    <message>
        <source>Recorded for today's log.</source>
        <translation>已記入今日日誌。</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>無法生成 PDF：%1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No passphrase was given. CounterDesk never creates or opens an unencrypted database.</source>
        <translation>未提供口令。CounterDesk 從不建立或開啟未加密的資料庫。</translation>
    </message>
    <message>
        <source>A branch database already exists at %1; it was left as it was.</source>
        <translation>%1 處已有網點資料庫，未做任何改動。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>無法建立 %1：%2</translation>
    </message>
    <message>
        <source>There is no branch database at %1. Create one with 'counterdesk-cli init', or start CounterDesk to set one up.</source>
        <translation>%1 處沒有網點資料庫。請用 'counterdesk-cli init' 建立，或啟動 CounterDesk 進行首次設定。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是檔案。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a CounterDesk database. CounterDesk never opens unencrypted files; nothing was changed.</source>
        <translation>%1 是未加密的 SQLite 檔案，不是 CounterDesk 資料庫。CounterDesk 從不開啟未加密的檔案；未做任何改動。</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged (its size, %2 bytes, is not a whole number of pages). Nothing was changed; restore it from a backup.</source>
        <translation>%1 已被截斷或損壞（檔案大小 %2 位元組不是整頁數）。未做任何改動；請從備份恢復。</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged. Nothing was changed; restore it from a backup.</source>
        <translation>%1 已被截斷或損壞。未做任何改動；請從備份恢復。</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a CounterDesk database. Nothing was changed.</source>
        <translation>%1 是加密資料庫，但不是 CounterDesk 資料庫。未做任何改動。</translation>
    </message>
    <message>
        <source>%1 was written by a newer CounterDesk (data version %2; this program knows up to %3). Install the newer version; nothing was changed.</source>
        <translation>%1 由更新版本的 CounterDesk 寫入（資料版本 %2；本程式最高支援 %3）。請安裝新版本；未做任何改動。</translation>
    </message>
    <message>
        <source>%1 is open in another program (an SQLCipher client?). Close it and try again. Nothing was changed.</source>
        <translation>%1 正被另一個程式開啟（某個 SQLCipher 客戶端？）。請關閉它後重試。未做任何改動。</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it was.</source>
        <translation>%1 已存在，保持原樣。</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>無法建立鎖檔案 %1：%2</translation>
    </message>
    <message>
        <source>The branch is in use: a CounterDesk window, the hall host or another counterdesk-cli command has it open. Close every CounterDesk window on this computer and stop the hall host (systemctl stop counterdesk-hall), then try again. Nothing was changed.</source>
        <translation>網點正在使用：某個 CounterDesk 窗口、大廳主機或另一條 counterdesk-cli 命令開啟著它。請關閉本機所有 CounterDesk 窗口並停止大廳主機（systemctl stop counterdesk-hall），然後重試。未做任何改動。</translation>
    </message>
    <message>
        <source>The branch database is being restored or given a new passphrase (counterdesk-cli restore or rekey). Try again when that has finished.</source>
        <translation>網點資料庫正在恢復或更換口令（counterdesk-cli restore 或 rekey）。請在其完成後重試。</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>Wrong passphrase, or not a CounterDesk database. Nothing was changed.</source>
        <translation>口令錯誤，或這不是 CounterDesk 資料庫。未做任何改動。</translation>
    </message>
    <message>
        <source>The branch database is damaged or truncated (%1). Nothing was changed; restore it from a backup.</source>
        <translation>網點資料庫已損壞或被截斷（%1）。未做任何改動；請從備份恢復。</translation>
    </message>
    <message>
        <source>The disk is full: this change was not saved. Free some disk space and try again; nothing else was lost.</source>
        <translation>磁碟已滿：本次更改未儲存。請釋放磁碟空間後重試；其他資料均未丟失。</translation>
    </message>
    <message>
        <source>The branch database cannot be written (%1). Check that its folder is writable and the disk is mounted.</source>
        <translation>無法寫入網點資料庫（%1）。請檢查其資料夾是否可寫、磁碟是否已掛載。</translation>
    </message>
    <message>
        <source>The branch database is busy in another program. Try again in a moment.</source>
        <translation>網點資料庫正被其他程式使用，請稍後重試。</translation>
    </message>
    <message>
        <source>The change breaks a rule of the data: %1</source>
        <translation>此更改違反了資料規則：%1</translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved; check the disk.</source>
        <translation>磁碟報告錯誤（%1）。未儲存任何內容；請檢查磁碟。</translation>
    </message>
    <message>
        <source>Database error: %1 (code %2)</source>
        <translation>資料庫錯誤：%1（程式碼 %2）</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <source>'device add --role counter|kiosk|display --name NAME', 'list', 'revoke --id N': devices paired with the hall host.</source>
        <translation>'device add --role counter|kiosk|display --name NAME'、'list'、'revoke --id N'：與大廳主機配對的裝置。</translation>
    </message>
    <message>
        <source>add: counter, kiosk or display.</source>
        <translation>add：counter（窗口）、kiosk（取號機）或 display（大廳顯示屏）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>add: the device's name (e.g. "Window 3").</source>
        <translation>add：裝置名稱（例如「3號窗口」）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>revoke: the device's number (see list).</source>
        <translation>revoke：裝置編號（見 list）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli device add --role counter|kiosk|display --name NAME | list | revoke --id N  --data-dir DIR</source>
        <translation>用法：counterdesk-cli device add --role counter|kiosk|display --name 名稱 | list | revoke --id N  --data-dir 目錄</translation>
    </message>
    <message>
        <source>Say the device's role: --role counter, kiosk or display.</source>
        <translation>請指定裝置角色：--role counter、kiosk 或 display。</translation>
    </message>
    <message>
        <source>Say which device: --id N (see 'counterdesk-cli device list').</source>
        <translation>請指定裝置：--id N（見 'counterdesk-cli device list'）。</translation>
    </message>
    <message>
        <source>Device %1 is revoked: its token no longer opens the hall host.</source>
        <translation>裝置 %1 已撤銷配對：其權杖不能再存取大廳主機。</translation>
    </message>
    <message>
        <source>Device %1 (%2, %3) is paired. Enter the token above on the device; it is shown only this once. The device must see the host certificate %4.</source>
        <translation>裝置 %1（%2，%3）已配對。請在該裝置上輸入上方的權杖，權杖僅顯示這一次。裝置須核對主機憑證 %4。</translation>
    </message>
</context>
<context>
    <name>DeviceDirectory</name>
    <message>
        <source>A device needs a name (e.g. "Window 3").</source>
        <translation>裝置需要名稱（例如「3號窗口」）。</translation>
    </message>
    <message>
        <source>The device's name is too long (at most 100 characters).</source>
        <translation>裝置名稱過長（最多 100 個字元）。</translation>
    </message>
    <message>
        <source>There is no device %1 (see 'counterdesk-cli device list').</source>
        <translation>沒有編號為 %1 的裝置（見 'counterdesk-cli device list'）。</translation>
    </message>
    <message>
        <source>Device %1 (%2) is already revoked.</source>
        <translation>裝置 %1（%2）已經撤銷配對。</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Hall display</source>
        <comment>window title</comment>
        <translation>叫號顯示屏</translation>
    </message>
    <message>
        <source>Now calling</source>
        <comment>hall display heading</comment>
        <translation>正在叫號</translation>
    </message>
    <message>
        <source>Please wait for your number to be called</source>
        <comment>hall display, no calls</comment>
        <translation>請留意叫號</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <comment>hall display</comment>
        <translation>最近叫號</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>hall display: people waiting per service</comment>
        <translation>等候人數</translation>
    </message>
    <message>
        <source>The display has lost the hall host: reconnecting…</source>
        <comment>hall display banner</comment>
        <translation>顯示屏與叫號主機的連線已中斷，正在重新連線…</translation>
    </message>
    <message>
        <source>Window %1</source>
        <comment>hall display: where to go</comment>
        <translation>%1號窗口</translation>
    </message>
    <message>
        <source>%1 → window %2</source>
        <comment>hall display: a past call</comment>
        <translation>%1 → %2號窗口</translation>
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
        <translation>暫無等候</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知書</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回執</translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation>不予受理通知書</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>轉辦告知單</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申請人：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>證件號碼：</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>辦理事項：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理時間：</translation>
    </message>
    <message>
        <source>To be completed by:</source>
        <translation>承諾辦結日期：</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>收費：</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>尚需補充的材料</translation>
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
        <translation>掃碼查詢辦理進度</translation>
    </message>
    <message>
        <source>Applicant's signature:</source>
        <translation>申請人簽字：</translation>
    </message>
    <message>
        <source>Clerk:</source>
        <translation>經辦人簽章：</translation>
    </message>
    <message>
        <source>Handled by: %1, window %2, %3</source>
        <translation>經辦人：%1（%2號窗口），%3</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>編號：%1</translation>
    </message>
    <message>
        <source>Progress enquiries: scan the code or call the service hotline %1.</source>
        <translation>查詢辦理進度：請掃描二維碼或撥打服務熱線 %1。</translation>
    </message>
    <message>
        <source>original, %1</source>
        <translation>原件 %1 份</translation>
    </message>
    <message>
        <source>copy, %1</source>
        <translation>影印件 %1 份</translation>
    </message>
    <message>
        <source>original and copy, %1 each</source>
        <translation>原件及影印件各 %1 份</translation>
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
        <translation>以上是辦理本事項還需要的全部材料。請於%2前帶齊後到本廳%1號窗口續辦，無需重新排隊取號。</translation>
    </message>
    <message>
        <source>Provisional: the holiday calendar for %1 is not yet published, so only weekends were counted; the date may change.</source>
        <translation>暫定：%1 年節假日安排尚未公佈，僅按週末推算，日期可能調整。</translation>
    </message>
    <message>
        <source>If you disagree: %1</source>
        <translation>如有異議：%1</translation>
    </message>
    <message>
        <source>Your matter is handled by %1. We have told them about it; please contact:</source>
        <translation>您的事項由%1辦理，我們已與其聯絡，請與以下人員聯絡：</translation>
    </message>
    <message>
        <source>%1 — contact: %2 — phone: %3 — %4</source>
        <translation>%1　聯絡人：%2　電話：%3　地址：%4</translation>
    </message>
    <message>
        <source>[%1] Your matter %2 (%3) is ready. Please collect it with your identity card.</source>
        <translation>【%1】您辦理的%3（編號%2）已辦結，請攜帶身份證前來領取。</translation>
    </message>
    <message>
        <source>[%1] Your matter %2 needs more time: %3. New date: %4.</source>
        <translation>【%1】您的辦件%2需延期辦理，原因：%3。新的辦結日期：%4。</translation>
    </message>
    <message>
        <source>People waiting ahead of you: %1</source>
        <translation>您前面還有 %1 人等候</translation>
    </message>
    <message>
        <source>Ticket taken: %1</source>
        <translation>取號時間：%1</translation>
    </message>
    <message>
        <source>Scan the code to follow the queue and rate our service</source>
        <translation>請掃碼檢視排隊進度並評價服務</translation>
    </message>
    <message>
        <source>Please keep this ticket and listen for your number to be called.</source>
        <translation>請妥善保管此號票，留意叫號。</translation>
    </message>
    <message>
        <source>%1: ¥%2 per %3</source>
        <translation>%1：每%3 ¥%2</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>申請書</translation>
    </message>
    <message>
        <source>Collection notice</source>
        <translation>領取通知書</translation>
    </message>
    <message>
        <source>Identity document:</source>
        <translation>證件型別：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>聯絡電話：</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>代理人：</translation>
    </message>
    <message>
        <source>Agent's identity document:</source>
        <translation>代理人證件：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>填表日期：</translation>
    </message>
    <message>
        <source>Documents submitted</source>
        <translation>隨附材料</translation>
    </message>
    <message>
        <source>I declare that the information above is true and complete and that the documents I submit are genuine. I know that false information may lead to refusal and to liability under the law.</source>
        <translation>本人承諾以上資訊真實、完整，所提交材料真實有效。如有虛假，申請可能不予受理，並依法承擔相應責任。</translation>
    </message>
    <message>
        <source>Please check every line before you sign, and tell the clerk if anything is wrong.</source>
        <translation>請逐項核對後簽字；如有錯誤，請告知工作人員。</translation>
    </message>
    <message>
        <source>Date signed:</source>
        <translation>簽字日期：</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>辦件識別碼</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>受理編號：</translation>
    </message>
    <message>
        <source>Ready since:</source>
        <translation>辦結日期：</translation>
    </message>
    <message>
        <source>Your matter is ready. Please collect it at window %1 of %2 during opening hours, with this notice and the identity document you applied with.</source>
        <translation>您的事項已辦結。請在辦公時間到%2%1號窗口領取，並攜帶本通知書和申請時所用的身份證件。</translation>
    </message>
    <message>
        <source>Someone collecting for you brings a power of attorney signed by you and their own identity card.</source>
        <translation>委託他人領取的，受託人須攜帶您簽字的授權委託書和本人身份證件。</translation>
    </message>
    <message>
        <source>Reprint no. %1, %2: the original receipt is no longer valid.</source>
        <translation>補打第 %1 次（%2），原回執作廢。</translation>
    </message>
    <message>
        <source>[%1] The answer to your question of %2: %3</source>
        <translation>【%1】您%2諮詢的問題答覆如下：%3</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份證</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民來往內地通行證</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>臺灣居民來往大陸通行證</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>外國人永久居留身份證</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份證件</translation>
    </message>
    <message>
        <source>[%1] The answer to your complaint of %2: %3</source>
        <translation>【%1】您%2反映的投訴答覆如下：%3</translation>
    </message>
    <message>
        <source>[%1] Booking confirmed: %2, %3 at %4. Your code is %5: check in at the hall from %6 minutes before. Your booking: %7</source>
        <translation>【%1】預約成功：%2，%3 %4。預約碼 %5，請於時段開始前 %6 分鐘起到廳簽到。預約詳情：%7</translation>
    </message>
    <message>
        <source>[%1] Your booking %2 for %3 at %4 is cancelled.</source>
        <translation>【%1】您 %3 %4 的預約 %2 已取消。</translation>
    </message>
    <message>
        <source>[%1] About your booking %2 for %3 on %4 at %5: fewer windows are open that day, so you may wait longer. Your booking stands; to choose another time, open %6</source>
        <translation>【%1】關於您 %4 %5 辦理“%3”的預約 %2：當天開放的窗口減少，等候時間可能較長。您的預約仍然有效；如需改約其他時間，請開啟 %6</translation>
    </message>
    <message>
        <source>Booking slip</source>
        <translation>預約憑條</translation>
    </message>
    <message>
        <source>Appointment: %1 %2–%3</source>
        <translation>預約時間：%1 %2–%3</translation>
    </message>
    <message>
        <source>Your booking code (type or scan it at the hall to check in)</source>
        <translation>預約碼（到廳簽到時輸入或掃碼）</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>手機：%1</translation>
    </message>
    <message>
        <source>Please check in at the hall between %1 and %2</source>
        <translation>請於 %1–%2 到廳簽到</translation>
    </message>
    <message>
        <source>Cannot come? Please cancel by %1 on the booking page or at reception.</source>
        <translation>如不能前來，請於 %1 前在預約頁面或服務檯取消。</translation>
    </message>
    <message>
        <source>%1 missed bookings within %2 days stop online booking for %3 days.</source>
        <translation>%2 天內爽約 %1 次，將暫停線上預約 %3 天。</translation>
    </message>
    <message>
        <source>Scan to see or cancel your booking</source>
        <translation>掃碼檢視或取消預約</translation>
    </message>
    <message>
        <source>Please bring the documents your service needs, and keep this slip.</source>
        <translation>請攜帶辦理業務所需材料，並妥善保管本憑條。</translation>
    </message>
    <message>
        <source>Booked %1</source>
        <translation>預約 %1</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <source>Print the due date of a time limit of N working or natural days (YYYY-MM-DD).</source>
        <translation>輸出 N 個工作日或自然日時限的到期日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The start date; it is not counted itself (e.g. 2025-09-30).</source>
        <translation>起算日期，當天不計入（例如 2025-09-30）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The time limit in days (0 to %1).</source>
        <translation>時限天數（0 至 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>'working': skip weekends and statutory days off, count make-up working days; 'natural': calendar days, extended by statutory days off that fall on Monday to Friday.</source>
        <translation>'working'：跳過週末和法定節假日，調休上班日計入；'natural'：按自然日計，遇週一至週五的法定節假日相應順延。</translation>
    </message>
    <message>
        <source>working|natural</source>
        <translation>working|natural</translation>
    </message>
    <message>
        <source>Use the holiday calendar in FILE (date&lt;TAB&gt;off|work&lt;TAB&gt;name) instead of the built-in one.</source>
        <translation>使用檔案中的節假日日曆（日期&lt;TAB&gt;off|work&lt;TAB&gt;名稱）代替內建日曆。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli due --from YYYY-MM-DD --days N --kind working|natural [--calendar FILE]</source>
        <translation>用法：counterdesk-cli due --from YYYY-MM-DD --days N --kind working|natural [--calendar 檔案]</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多餘的引數：%1</translation>
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
        <translation>--from：%1 不是真實存在的日期。</translation>
    </message>
    <message>
        <source>--days: %1 is negative; a time limit is 0 days or more.</source>
        <translation>--days：%1 是負數；時限須為 0 天或以上。</translation>
    </message>
    <message>
        <source>--days: '%1' is not a whole number of days.</source>
        <translation>--days：'%1' 不是整數天數。</translation>
    </message>
    <message>
        <source>--days: %1 is more than %2 days.</source>
        <translation>--days：%1 超過了 %2 天。</translation>
    </message>
    <message>
        <source>--kind: unknown kind '%1'; use working or natural.</source>
        <translation>--kind：未知型別 '%1'；請使用 working 或 natural。</translation>
    </message>
    <message>
        <source>Cannot read the calendar %1: %2</source>
        <translation>無法讀取日曆檔案 %1：%2</translation>
    </message>
    <message>
        <source>The calendar %1 is not valid: %2</source>
        <translation>日曆檔案 %1 無效：%2</translation>
    </message>
    <message>
        <source>The due date is out of range.</source>
        <translation>到期日期超出範圍。</translation>
    </message>
    <message>
        <source>Warning: no published holiday calendar for %1, so only weekends were skipped there; the date is provisional.</source>
        <translation>警告：%1 年的節假日安排尚未公佈，該年只跳過了週末；此日期為暫定。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up this branch</source>
        <translation>設定本網點</translation>
    </message>
    <message>
        <source>Welcome to CounterDesk. Name this branch and choose the passphrase that encrypts all of its records. Keep the passphrase safe: without it the records cannot be opened, by anyone.</source>
        <translation>歡迎使用 CounterDesk。請為本網點命名，並設定用於加密全部記錄的口令。請妥善保管口令：沒有它，任何人都無法開啟這些記錄。</translation>
    </message>
    <message>
        <source>Branch &amp;name:</source>
        <translation>網點名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Chaoyang Road Service Hall</source>
        <translation>例如：朝陽路營業廳</translation>
    </message>
    <message>
        <source>Branch &amp;code:</source>
        <translation>網點程式碼(&amp;C)：</translation>
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
        <translation>強度：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>確認口令(&amp;R)：</translation>
    </message>
    <message>
        <source>Remember the passphrase in this computer's &amp;keychain</source>
        <translation>在本機鑰匙串中記住口令(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Create branch</source>
        <translation>建立網點(&amp;C)</translation>
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
        <translation>強</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>很強</translation>
    </message>
    <message>
        <source>Give the branch a name.</source>
        <translation>請填寫網點名稱。</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>請設定口令。</translation>
    </message>
    <message>
        <source>The passphrase is too weak: make it longer, e.g. four unrelated words.</source>
        <translation>口令太弱：請加長，例如使用四個互不相關的詞。</translation>
    </message>
    <message>
        <source>Repeat the passphrase exactly.</source>
        <translation>請準確地再次輸入口令。</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>鑰匙串不可用</translation>
    </message>
    <message>
        <source>The branch was created, but the passphrase could not be kept in this computer's keychain (%1). CounterDesk will ask for it at every start.</source>
        <translation>網點已建立，但口令未能儲存到本機鑰匙串（%1）。CounterDesk 每次啟動時都會詢問口令。</translation>
    </message>
</context>
<context>
    <name>HallApi</name>
    <message>
        <source>The request needs a JSON body.</source>
        <translation>請求需要 JSON 正文。</translation>
    </message>
    <message>
        <source>Send the body as Content-Type: application/json.</source>
        <translation>請以 Content-Type: application/json 傳送正文。</translation>
    </message>
    <message>
        <source>The body is not a JSON object (%1 at byte %2).</source>
        <translation>正文不是 JSON 物件（第 %2 位元組處：%1）。</translation>
    </message>
    <message>
        <source>Unknown member "%1" (allowed: %2).</source>
        <translation>未知欄位「%1」（允許的欄位：%2）。</translation>
    </message>
    <message>
        <source>"%1" is missing.</source>
        <translation>缺少「%1」。</translation>
    </message>
    <message>
        <source>"%1" must be a text of 1 to %2 characters.</source>
        <translation>「%1」須為 1 至 %2 個字元的文字。</translation>
    </message>
    <message>
        <source>There is no such address in the hall API (see docs/api.md).</source>
        <translation>大廳介面中沒有這個位址（見 docs/api.md）。</translation>
    </message>
    <message>
        <source>Use %1 for this address.</source>
        <translation>此位址請使用 %1 方法。</translation>
    </message>
    <message>
        <source>This device is not paired with the hall host, or its pairing was revoked.</source>
        <translation>此裝置未與大廳主機配對，或其配對已被撤銷。</translation>
    </message>
    <message>
        <source>A %1 device may not do this.</source>
        <translation>%1 類裝置無權執行此操作。</translation>
    </message>
    <message>
        <source>A window is a number from 1 to 999.</source>
        <translation>窗口號須為 1 至 999 的數字。</translation>
    </message>
    <message>
        <source>"group" must be one of: %1.</source>
        <translation>「group」須為以下之一：%1。</translation>
    </message>
    <message>
        <source>We cannot find this ticket. A ticket is valid on the day it was taken; if you still need service, please take a new number at the kiosk.</source>
        <translation>找不到這張號票。號票僅在取號當天有效；如仍需辦理，請到取號機重新取號。</translation>
    </message>
    <message>
        <source>We cannot find this ticket. A ticket can be rated on the day it was taken.</source>
        <translation>找不到這張號票。號票只能在取號當天評價。</translation>
    </message>
    <message>
        <source>"level" must be a whole number from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>"level" 必須是 1（非常不滿意）到 5（非常滿意）之間的整數。</translation>
    </message>
    <message>
        <source>"criteria" must be an object.</source>
        <translation>"criteria" 必須是一個物件。</translation>
    </message>
    <message>
        <source>Each criterion (%1) is a whole number from 1 to 5.</source>
        <translation>各項評價（%1）都是 1 到 5 之間的整數。</translation>
    </message>
    <message>
        <source>"comment" must be a text of at most %1 characters.</source>
        <translation>"comment" 必須是不超過 %1 個字的文字。</translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again.</source>
        <translation>您的登入已失效，請重新登入。</translation>
    </message>
    <message>
        <source>You signed in at window %1, not %2.</source>
        <translation>您登入的是%1號窗口，不是%2號窗口。</translation>
    </message>
    <message>
        <source>Window %1 is open.</source>
        <translation>%1號窗口已開放。</translation>
    </message>
    <message>
        <source>Window %1 paused: %2</source>
        <translation>%1號窗口暫停服務：%2</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests from this device: try again in %n second(s).</source>
        <translation>
            <numerusform>此裝置請求過於頻繁，請在 %n 秒後重試。</numerusform>
        </translation>
    </message>
    <message>
        <source>We cannot find this booking. Please check the link in your message, or ask at the hall.</source>
        <translation>找不到此預約。請核對簡訊中的連結，或到大廳諮詢。</translation>
    </message>
    <message>
        <source>Ask for the slots with ?service=CODE&amp;date=YYYY-MM-DD.</source>
        <translation>查詢時段請使用 ?service=業務程式碼&amp;date=YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>This service cannot be booked online.</source>
        <translation>該業務不能線上預約。</translation>
    </message>
    <message>
        <source>%1 has passed: please choose a day from today.</source>
        <translation>%1 已經過去，請選擇今天或以後的日期。</translation>
    </message>
    <message numerus="yes">
        <source>Bookings open %n working day(s) ahead: the last day that can be booked today is %1.</source>
        <translation>
            <numerusform>可提前 %n 個工作日預約：今天最遠可預約到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booking for %1 has closed (%n minute(s) before each slot).</source>
        <translation>
            <numerusform>%1 的預約已截止（每個時段開始前 %n 分鐘截止）。</numerusform>
        </translation>
    </message>
    <message>
        <source>"date" is YYYY-MM-DD and "time" is HH:mm.</source>
        <translation>"date" 的格式為 YYYY-MM-DD，"time" 的格式為 HH:mm。</translation>
    </message>
    <message>
        <source>Please enter your name (at most %1 characters).</source>
        <translation>請填寫姓名（不超過 %1 個字）。</translation>
    </message>
    <message>
        <source>Please enter a mainland mobile number: 11 digits starting with 13 to 19.</source>
        <translation>請填寫中國大陸手機號碼：11 位數字，以 13 至 19 開頭。</translation>
    </message>
    <message>
        <source>This phone number cannot book online until %1, because of bookings that were missed. You can still come to the hall: reception can book for you.</source>
        <translation>由於多次預約未到，該手機號碼在 %1 之前不能線上預約。您仍可到大廳，由前臺為您預約。</translation>
    </message>
</context>
<context>
    <name>HallHost</name>
    <message>
        <source>The host's TLS certificate could not be read.</source>
        <translation>無法讀取主機的 TLS 憑證。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>無法在 %1 的 %2 連接埠監聽：%3</translation>
    </message>
</context>
<context>
    <name>HallHostDialog</name>
    <message>
        <source>Hall host</source>
        <translation>大廳主機</translation>
    </message>
    <message>
        <source>While this app runs, this PC can serve the hall's one queue to the other counters, the kiosk, the display and the customers' phones over the local network (HTTPS with this branch's own certificate). For a host that runs without anyone signed in, use the counterdesk-hall service instead.</source>
        <translation>本程式執行期間，這臺電腦可以透過區域網（使用本網點自己的證書，HTTPS）為其他窗口、取號機、顯示屏和客戶手機提供大廳統一的排隊服務。若需在無人登入時也持續執行的主機，請改用 counterdesk-hall 服務。</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>服務狀態</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>埠：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>證書指紋：</translation>
    </message>
    <message>
        <source>Pair a device</source>
        <translation>配對裝置</translation>
    </message>
    <message>
        <source>Counter PC</source>
        <translation>窗口電腦</translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation>取號機</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>大廳顯示屏</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>e.g. Window 3</source>
        <translation>例如：3號窗口</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>配對</translation>
    </message>
    <message>
        <source>Stop serving</source>
        <translation>停止服務</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>開始服務</translation>
    </message>
    <message>
        <source>Serving at https://%1:%2/ — paired devices pin the certificate by its fingerprint below.</source>
        <translation>正在 https://%1:%2/ 提供服務 — 已配對裝置按下方指紋鎖定證書。</translation>
    </message>
    <message>
        <source>Not serving: the other PCs cannot reach this hall.</source>
        <translation>未提供服務：其他電腦無法連線本大廳。</translation>
    </message>
    <message>
        <source>Cannot serve on port %1: %2. Choose another port, or stop the program that uses it.</source>
        <translation>無法在埠 %1 上提供服務：%2。請換一個埠，或關閉佔用該埠的程式。</translation>
    </message>
    <message>
        <source>(start serving to see it)</source>
        <translation>（開始服務後可見）</translation>
    </message>
    <message>
        <source>Paired "%1". Its token, shown this once — put it in a file on that PC (readable by its user only):
%2

Then start it with:
counterdesk --role %3 --host https://%4:%5 --pin %6 --token-file FILE</source>
        <translation>已配對“%1”。其令牌僅顯示這一次，請儲存到該電腦上的一個檔案中（僅其使用者可讀）：
%2

然後這樣啟動：
counterdesk --role %3 --host https://%4:%5 --pin %6 --token-file 檔案</translation>
    </message>
</context>
<context>
    <name>HallNowModel</name>
    <message>
        <source>Serving</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>叫號中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>暫停：%1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空閒</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>業務類別</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分鐘</translation>
    </message>
</context>
<context>
    <name>HallSimulator</name>
    <message>
        <source>Window %1</source>
        <translation>%1號窗口</translation>
    </message>
    <message>
        <source>The branch has no active clerk or manager to staff the windows.</source>
        <translation>本網點沒有可上崗的在職櫃員或值班經理，無法安排窗口。</translation>
    </message>
    <message>
        <source>--sign needs an active manager to sign the daily logs.</source>
        <translation>--sign 需要一名在職的值班經理來簽署日誌。</translation>
    </message>
    <message>
        <source>No service in the catalogue has a queue to take tickets for.</source>
        <translation>服務目錄中沒有可以取號排隊的業務。</translation>
    </message>
    <message>
        <source>Simulated day: these records were made by counterdesk-cli simulate (seed %1); they are not real customers.</source>
        <translation>模擬營業日：以下記錄由 counterdesk-cli simulate 生成（隨機種子 %1），並非真實客戶。</translation>
    </message>
    <message>
        <source>Simulated day (counterdesk-cli simulate, seed %1).</source>
        <translation>模擬營業日（counterdesk-cli simulate，隨機種子 %1）。</translation>
    </message>
    <message>
        <source>Give the first day as YYYY-MM-DD.</source>
        <translation>請按 YYYY-MM-DD 格式給出第一天。</translation>
    </message>
    <message>
        <source>--days must be from 1 to %1.</source>
        <translation>--days 必須在 1 到 %1 之間。</translation>
    </message>
    <message>
        <source>--windows must be from 1 to %1.</source>
        <translation>--windows 必須在 1 到 %1 之間。</translation>
    </message>
    <message>
        <source>Only days before today (%1) can be simulated; %2 is not.</source>
        <translation>只能模擬今天（%1）之前的日期；%2 不在其內。</translation>
    </message>
    <message>
        <source>The branch has no service catalogue yet: import head office's first.</source>
        <translation>本網點還沒有服務目錄：請先匯入總部下發的目錄。</translation>
    </message>
    <message>
        <source>The branch's records already reach %1, so %2 cannot be simulated any more: the audit chain never goes back to an earlier day. Simulate from %1 on, or on a new branch (--init-demo).</source>
        <translation>本網點的記錄已到 %1，因此無法再模擬 %2：審計鏈不能回到更早的營業日。請從 %1 起模擬，或在新網點上模擬（--init-demo）。</translation>
    </message>
    <message>
        <source>%1 already has tickets: the simulator never mixes with real records. Choose days without any.</source>
        <translation>%1 已有號票：模擬資料絕不與真實記錄混在一起。請選擇沒有任何記錄的日期。</translation>
    </message>
    <message>
        <source>The daily log of %1 is signed: that day is closed.</source>
        <translation>%1 的日誌已簽署：該營業日已關閉。</translation>
    </message>
    <message>
        <source>The simulation stopped on %1 (the days before it are complete): %2</source>
        <translation>模擬在 %1 中止（此前各日已完整生成）：%2</translation>
    </message>
</context>
<context>
    <name>HallWindows</name>
    <message>
        <source>A window number is from 1 to 999.</source>
        <translation>窗口號為 1 至 999。</translation>
    </message>
    <message>
        <source>A window's name has at most 40 characters.</source>
        <translation>窗口名稱最多 40 個字元。</translation>
    </message>
    <message>
        <source>Window %1 needs at least one service to call.</source>
        <translation>%1 號窗口至少需要一項業務。</translation>
    </message>
    <message>
        <source>Unknown service: %1 (see 'counterdesk-cli catalogue list').</source>
        <translation>未知業務：%1（見 'counterdesk-cli catalogue list'）。</translation>
    </message>
    <message>
        <source>Window %1 lists the service %2 twice.</source>
        <translation>%1 號窗口重複列出業務 %2。</translation>
    </message>
    <message>
        <source>There is no window %1.</source>
        <translation>沒有 %1 號窗口。</translation>
    </message>
    <message>
        <source>Window %1 is still attending ticket %2; finish it first.</source>
        <translation>%1 號窗口仍在接待 %2 號；請先辦結。</translation>
    </message>
    <message>
        <source>Window %1 appears twice.</source>
        <translation>%1 號窗口重複出現。</translation>
    </message>
</context>
<context>
    <name>HqApi</name>
    <message>
        <source>No such resource: %1 (see docs/sync.md).</source>
        <translation>沒有此資源：%1（參見 docs/sync.md）。</translation>
    </message>
    <message>
        <source>%1 takes %2 only.</source>
        <translation>%1 只接受 %2。</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>請求正文超過 %1 位元組。</translation>
    </message>
    <message>
        <source>Head office's database is not available; try again later.</source>
        <translation>總部資料庫暫不可用，請稍後重試。</translation>
    </message>
    <message>
        <source>The request is not signed by a registered, active branch.</source>
        <translation>該請求未經已登記且有效的網點簽名。</translation>
    </message>
    <message>
        <source>An event's payload or time is not valid; nothing of the batch was stored.</source>
        <translation>某條事件的內容或時間無效，該批次未儲存任何內容。</translation>
    </message>
    <message>
        <source>'%1' must be a version number (0 if none).</source>
        <translation>“%1”必須是版本號（沒有則為 0）。</translation>
    </message>
</context>
<context>
    <name>HqCertificateFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the state folder %1.</source>
        <translation>無法建立狀態資料夾 %1。</translation>
    </message>
    <message>
        <source>%1 is readable by others: make it 0600 (chmod 600) first.</source>
        <translation>%1 可被其他使用者讀取：請先將其許可權設為 0600（chmod 600）。</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate in %1.</source>
        <translation>無法讀取 %1 中的 TLS 證書。</translation>
    </message>
    <message>
        <source>The TLS certificate or key in %1 is damaged; remove hq-cert.pem and hq-key.pem to make new ones (branches must then pin the new fingerprint).</source>
        <translation>%1 中的 TLS 證書或金鑰已損壞；刪除 hq-cert.pem 和 hq-key.pem 即可重新生成（之後各網點須固定新的指紋）。</translation>
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
        <translation>CounterDesk 網路的總部服務：接收各網點每晚上傳的事件批次，並下發簽名的事項目錄和日曆（docs/sync.md）。</translation>
    </message>
    <message>
        <source>'counterdesk-hq COMMAND --help' describes a command. CONNINFO is a libpq connection string (e.g. "host=/run/postgresql dbname=counterdesk"); an empty one uses libpq's PG* environment variables.</source>
        <translation>“counterdesk-hq 命令 --help”顯示命令說明。CONNINFO 是 libpq 連線字串（例如 "host=/run/postgresql dbname=counterdesk"）；為空時使用 libpq 的 PG* 環境變數。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 refused or bad input; 2 PostgreSQL unreachable or its schema newer than this program.</source>
        <translation>退出碼：0 成功；1 被拒絕或輸入有誤；2 無法連線 PostgreSQL，或其資料庫結構比本程式新。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Try 'counterdesk-hq %1 --help'.</source>
        <translation>請嘗試“counterdesk-hq %1 --help”。</translation>
    </message>
    <message numerus="yes">
        <source>'counterdesk-hq %1' takes %n argument(s).</source>
        <translation>
            <numerusform>“counterdesk-hq %1”需要 %n 個引數。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PostgreSQL connection string (libpq's; empty: the PG* environment variables).</source>
        <translation>PostgreSQL 連線字串（libpq 格式；為空則使用 PG* 環境變數）。</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>Head office's signing key: a file with the 32-byte Ed25519 seed in base64, mode 0600 ('counterdesk-hq key --create' makes one).</source>
        <translation>總部簽名金鑰：一個以 base64 儲存 32 位元組 Ed25519 種子的檔案，許可權 0600（可用“counterdesk-hq key --create”生成）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Cannot bring the head office schema up to date: %1</source>
        <translation>無法更新總部資料庫結構：%1</translation>
    </message>
    <message>
        <source>Serves the sync API (docs/sync.md) over HTTPS until stopped (Ctrl+C or SIGTERM).</source>
        <translation>透過 HTTPS 提供同步介面（docs/sync.md），直到被停止（Ctrl+C 或 SIGTERM）。</translation>
    </message>
    <message>
        <source>The address and port to listen on (default 0.0.0.0:8443; port 0 picks a free one).</source>
        <translation>監聽的地址和埠（預設 0.0.0.0:8443；埠為 0 時自動選擇空閒埠）。</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>地址:埠</translation>
    </message>
    <message>
        <source>Where the TLS certificate and its key are kept (default: the key file's folder).</source>
        <translation>TLS 證書及其金鑰的儲存位置（預設：金鑰檔案所在資料夾）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::]:8443.</source>
        <translation>--listen 的格式為 地址:埠，例如 0.0.0.0:8443 或 [::]:8443。</translation>
    </message>
    <message>
        <source>Give head office's key with --key FILE.</source>
        <translation>請用 --key 檔案 指定總部金鑰。</translation>
    </message>
    <message>
        <source>Head office is running. Branches pin the certificate above (--hq-pin) and head office's public key %1 (key id %2). Stop with Ctrl+C or SIGTERM.</source>
        <translation>總部服務正在執行。各網點固定上面的證書（--hq-pin）和總部公鑰 %1（金鑰標識 %2）。按 Ctrl+C 或傳送 SIGTERM 停止。</translation>
    </message>
    <message>
        <source>Head office stopped (signal %1).</source>
        <translation>總部服務已停止（訊號 %1）。</translation>
    </message>
    <message>
        <source>Registers a branch and the public key its requests are signed with.</source>
        <translation>登記一個網點及其請求籤名所用的公鑰。</translation>
    </message>
    <message>
        <source>The branch's code.</source>
        <translation>網點程式碼。</translation>
    </message>
    <message>
        <source>The branch's Ed25519 public key in base64 ('counterdesk-cli sync key' prints it).</source>
        <translation>網點的 Ed25519 公鑰，base64 格式（“counterdesk-cli sync key”可顯示）。</translation>
    </message>
    <message>
        <source>BASE64</source>
        <translation>BASE64</translation>
    </message>
    <message>
        <source>The branch's name.</source>
        <translation>網點名稱。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Branch %1 registered (key id %2).</source>
        <translation>網點 %1 已登記（金鑰標識 %2）。</translation>
    </message>
    <message>
        <source>Lists the registered branches.</source>
        <translation>列出已登記的網點。</translation>
    </message>
    <message>
        <source>code	name	key id	acknowledged	added	revoked</source>
        <translation>程式碼	名稱	金鑰標識	已確認	登記時間	吊銷時間</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es).</source>
        <translation>
            <numerusform>共 %n 個網點。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revokes a branch: its requests are refused (401) from now on; what it sent stays.</source>
        <translation>吊銷一個網點：此後其請求一律被拒絕（401）；已上傳的內容保留。</translation>
    </message>
    <message>
        <source>Branch %1 revoked.</source>
        <translation>網點 %1 已吊銷。</translation>
    </message>
    <message>
        <source>'counterdesk-hq branch' takes add, list or revoke.</source>
        <translation>“counterdesk-hq branch”後應為 add、list 或 revoke。</translation>
    </message>
    <message>
        <source>'counterdesk-hq publish' takes catalogue or calendar.</source>
        <translation>“counterdesk-hq publish”後應為 catalogue 或 calendar。</translation>
    </message>
    <message>
        <source>Signs the service catalogue (fees inside) with head office's key and publishes it as the next version.</source>
        <translation>用總部金鑰簽名事項目錄（含收費標準），並作為下一個版本釋出。</translation>
    </message>
    <message>
        <source>Signs the working-day calendar with head office's key and publishes it as the given version.</source>
        <translation>用總部金鑰簽名工作日日曆，並以指定版本釋出。</translation>
    </message>
    <message>
        <source>The catalogue, JSON.</source>
        <translation>事項目錄（JSON）。</translation>
    </message>
    <message>
        <source>The calendar, TSV (as cn-mainland.tsv).</source>
        <translation>日曆（TSV，格式同 cn-mainland.tsv）。</translation>
    </message>
    <message>
        <source>The calendar's version (newer than every one published).</source>
        <translation>日曆版本（須比所有已釋出版本新）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give the calendar's version with --version N (a positive number).</source>
        <translation>請用 --version N 指定日曆版本（正整數）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>'counterdesk-hq report' takes monthly.</source>
        <translation>“counterdesk-hq report”後應為 monthly。</translation>
    </message>
    <message>
        <source>The network's month across branches, from the events they sent.</source>
        <translation>根據各網點上傳的事件，彙總全網一個月的情況。</translation>
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
        <translation>同時將資料以 CSV 格式寫入檔案。</translation>
    </message>
    <message>
        <source>The time zone whose calendar month is counted (default UTC).</source>
        <translation>按哪個時區的自然月統計（預設 UTC）。</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Give the month with --month YYYY-MM.</source>
        <translation>請用 --month YYYY-MM 指定月份。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Shows head office's public key (branches pin it), or makes a new key.</source>
        <translation>顯示總部公鑰（供各網點固定），或生成新金鑰。</translation>
    </message>
    <message>
        <source>Make a new key in FILE (never overwrites one).</source>
        <translation>在檔案中生成新金鑰（絕不覆蓋已有金鑰）。</translation>
    </message>
    <message>
        <source>Give the key file with --key FILE.</source>
        <translation>請用 --key 檔案 指定金鑰檔案。</translation>
    </message>
    <message>
        <source>Head office's public key (key id %1).</source>
        <translation>總部公鑰（金鑰標識 %1）。</translation>
    </message>
</context>
<context>
    <name>HqDatabase</name>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation>無法連線 PostgreSQL：%1</translation>
    </message>
    <message>
        <source>Not connected to PostgreSQL.</source>
        <translation>未連線 PostgreSQL。</translation>
    </message>
    <message>
        <source>Cannot reach PostgreSQL: %1</source>
        <translation>無法訪問 PostgreSQL：%1</translation>
    </message>
</context>
<context>
    <name>HqKeyFile</name>
    <message>
        <source>Cannot read the head office key %1: %2</source>
        <translation>無法讀取總部金鑰 %1：%2</translation>
    </message>
    <message>
        <source>The head office key %1 is readable by others: make it 0600 (chmod 600).</source>
        <translation>總部金鑰 %1 可被其他使用者讀取：請將其許可權設為 0600（chmod 600）。</translation>
    </message>
    <message>
        <source>%1 does not hold a head office key (a 32-byte seed in base64 on one line).</source>
        <translation>%1 中沒有總部金鑰（應為一行 base64 格式的 32 位元組種子）。</translation>
    </message>
    <message>
        <source>%1 exists already; a head office key is never overwritten.</source>
        <translation>%1 已存在；總部金鑰絕不會被覆蓋。</translation>
    </message>
</context>
<context>
    <name>HqMigrations</name>
    <message>
        <source>The head office database is at schema version %1, newer than this program knows (%2): use a newer counterdesk-hq.</source>
        <translation>總部資料庫結構版本為 %1，比本程式所知的版本（%2）新：請使用更新的 counterdesk-hq。</translation>
    </message>
</context>
<context>
    <name>HqServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>無法在 %1 的埠 %2 上監聽：%3</translation>
    </message>
</context>
<context>
    <name>IdDocumentValidator</name>
    <message>
        <source>The number is missing.</source>
        <translation>未填寫證件號碼。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters and digits.</source>
        <translation>護照號碼由 5 至 17 位字母和數字組成。</translation>
    </message>
    <message>
        <source>The permit number is H or M followed by 8 (or 10) digits.</source>
        <translation>通行證號碼為 H 或 M 加 8 位（或 10 位）數字。</translation>
    </message>
    <message>
        <source>The permit number has 8 digits (older ones 10).</source>
        <translation>通行證號碼為 8 位數字（舊版 10 位）。</translation>
    </message>
    <message>
        <source>The check character does not match: a digit is probably mistyped.</source>
        <translation>校驗碼不符：可能有數字輸錯。</translation>
    </message>
    <message>
        <source>The card number has 18 characters beginning with 9, or three letters and 12 digits.</source>
        <translation>證件號碼為以 9 開頭的 18 位，或 3 位字母加 12 位數字。</translation>
    </message>
    <message>
        <source>Unknown identity document type "%1".</source>
        <translation>未知的證件型別“%1”。</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show the branch, the data version, the cipher and what the database holds.</source>
        <translation>顯示網點、資料版本、加密方式及資料庫內容概況。</translation>
    </message>
    <message>
        <source>Branch:        %1 (%2)</source>
        <translation>網點：      %1（%2）</translation>
    </message>
    <message>
        <source>Time zone:     %1</source>
        <translation>時區：      %1</translation>
    </message>
    <message>
        <source>Database:      %1</source>
        <translation>資料庫：    %1</translation>
    </message>
    <message>
        <source>Data version:  %1 (latest %2)</source>
        <translation>資料版本：  %1（最新 %2）</translation>
    </message>
    <message>
        <source>Cipher:        SQLCipher %1</source>
        <translation>加密：      SQLCipher %1</translation>
    </message>
    <message>
        <source>Staff:         %1</source>
        <translation>員工：      %1</translation>
    </message>
    <message>
        <source>Customers:     %1</source>
        <translation>客戶：      %1</translation>
    </message>
    <message>
        <source>Audit entries: %1</source>
        <translation>審計記錄：  %1</translation>
    </message>
    <message>
        <source>Outbox:        %1 pending for head office</source>
        <translation>待報總部：  %1 條</translation>
    </message>
    <message>
        <source>Knowledge:     %1 standard answers</source>
        <translation>知識庫：    %1 條標準答覆</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>Event %1 has no positive integer "seq".</source>
        <translation>第 %1 條事件沒有正整數“seq”。</translation>
    </message>
    <message>
        <source>The events are not in ascending "seq" (%1 after %2).</source>
        <translation>事件未按“seq”升序排列（%1 在 %2 之後）。</translation>
    </message>
    <message>
        <source>Event %1 has no valid "createdUtc".</source>
        <translation>事件 %1 沒有有效的“createdUtc”。</translation>
    </message>
    <message>
        <source>Event %1 has no "kind".</source>
        <translation>事件 %1 沒有“kind”。</translation>
    </message>
    <message>
        <source>Event %1 has an "auditSeq" that is not an integer.</source>
        <translation>事件 %1 的“auditSeq”不是整數。</translation>
    </message>
    <message>
        <source>Event %1's "payload" is not a JSON text in a string.</source>
        <translation>事件 %1 的“payload”不是以字串形式給出的 JSON 文字。</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>請求正文不是 JSON 物件。</translation>
    </message>
    <message>
        <source>The batch's "branch" is not the branch that signed it.</source>
        <translation>批次中的“branch”不是簽名該批次的網點。</translation>
    </message>
    <message>
        <source>The batch has no "events" array.</source>
        <translation>批次中沒有“events”陣列。</translation>
    </message>
    <message>
        <source>A batch holds at most %1 events; this one has %2.</source>
        <translation>一個批次最多包含 %1 條事件，此批次有 %2 條。</translation>
    </message>
    <message>
        <source>Event %1 holds a NUL character, which head office cannot store.</source>
        <translation>事件 %1 含有 NUL 字元，總部無法儲存。</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the demo branch, with demo staff (password %1) and customers.</source>
        <translation>建立演示網點，含演示員工（密碼 %1）和演示客戶。</translation>
    </message>
    <message>
        <source>The branch code, e.g. BJ0101.</source>
        <translation>網點程式碼，例如 BJ0101。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>The branch's name.</source>
        <translation>網點名稱。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>The branch's IANA time zone (default Asia/Shanghai).</source>
        <translation>網點的 IANA 時區（預設 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>A new branch needs --code and --name (or --demo).</source>
        <translation>新建網點需要 --code 和 --name（或使用 --demo）。</translation>
    </message>
    <message>
        <source>Warning: this passphrase is weak. Anyone who takes the PC may guess it; prefer four or more unrelated words.</source>
        <translation>警告：此口令較弱，拿到這臺電腦的人可能猜出它；建議使用四個或更多互不相關的詞。</translation>
    </message>
    <message>
        <source>Created branch %1 (%2) in %3</source>
        <translation>已建立網點 %1（%2），位於 %3</translation>
    </message>
    <message>
        <source>Head office's public key (base64 of 32 bytes) to pin: only documents it signed are accepted. The demo branch pins the demo head office.</source>
        <translation>要固定的總部公鑰（32 位元組的 base64）：只接受由它簽名的檔案。演示網點固定演示總部的公鑰。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>公鑰</translation>
    </message>
    <message>
        <source>--hq-key must be the base64 of a 32-byte Ed25519 public key.</source>
        <translation>--hq-key 必須是 32 位元組 Ed25519 公鑰的 base64 編碼。</translation>
    </message>
    <message>
        <source>Create a new branch database in the data folder (with --demo: the demo branch with demo staff, customers and standard answers).</source>
        <translation>在資料目錄中新建網點資料庫（加 --demo：建立帶演示員工、客戶和標準答覆的演示網點）。</translation>
    </message>
</context>
<context>
    <name>InquiryBook</name>
    <message>
        <source>Write down the question you owe an answer to.</source>
        <translation>請寫下需要答覆的問題。</translation>
    </message>
    <message>
        <source>The question is too long (at most %1 characters).</source>
        <translation>問題太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>There is no question number %1.</source>
        <translation>沒有編號為 %1 的諮詢。</translation>
    </message>
    <message>
        <source>Question %1 is already answered.</source>
        <translation>諮詢 %1 已經答覆。</translation>
    </message>
    <message>
        <source>Write the answer (at most %1 characters).</source>
        <translation>請填寫答覆（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>There is no active colleague called %1.</source>
        <translation>沒有名為 %1 的在崗同事。</translation>
    </message>
    <message>
        <source>Say in a note what the colleague needs to know.</source>
        <translation>請在備註中寫明同事需要了解的情況。</translation>
    </message>
</context>
<context>
    <name>KbCommand</name>
    <message>
        <source>'kb search QUERY': search the knowledge base of standard answers. Prints one entry a line: code, question and an excerpt of the answer, tab-separated.</source>
        <translation>'kb search 查詢詞'：查詢標準答覆知識庫。每行輸出一條：程式碼、問題和答案摘要，以製表符分隔。</translation>
    </message>
    <message>
        <source>Show at most N entries (1 to %1, default 20).</source>
        <translation>最多顯示 N 條（1 至 %1，預設 20）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Search the knowledge base.</source>
        <translation>查詢知識庫。</translation>
    </message>
    <message>
        <source>What the customer asks, in a few characters or words.</source>
        <translation>客戶所問的問題，幾個字或幾個詞即可。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli kb search --data-dir DIR QUERY [--limit N]</source>
        <translation>用法：counterdesk-cli kb search --data-dir 目錄 查詢詞 [--limit N]</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit 取 1 至 %1 之間的數。</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>沒有找到匹配的條目</translation>
    </message>
</context>
<context>
    <name>KioskStaffDialog</name>
    <message>
        <source>Kiosk: staff</source>
        <translation>取號機：工作人員</translation>
    </message>
    <message>
        <source>Tickets the printer could not print</source>
        <translation>印表機未能列印的號碼牌</translation>
    </message>
    <message>
        <source>They are printed only from here, so that a ticket never comes out for the next customer. Hand them to their owners at the service desk.</source>
        <translation>這些號碼牌只在這裡列印，以免號碼牌落到下一位客戶手中。請在服務台交給號碼牌的主人。</translation>
    </message>
    <message>
        <source>&amp;Print kept tickets now</source>
        <translation>立即列印保留的號碼牌(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Discard the selected ticket</source>
        <translation>放棄所選號碼牌(&amp;D)</translation>
    </message>
    <message>
        <source>Reprint a ticket of today</source>
        <translation>補印今天的號碼牌</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>號碼(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;eprint</source>
        <translation>補印(&amp;E)</translation>
    </message>
    <message>
        <source>Printer &amp;settings…</source>
        <translation>印表機設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Only an administrator may %1.</source>
        <translation>只有系統管理員可以%1。</translation>
    </message>
    <message>
        <source>Printer: ready.</source>
        <translation>印表機：就緒。</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>印表機：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — tried %n time(s), last: %2</source>
        <translation>
            <numerusform>%1 — 已嘗試 %n 次，最近一次：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept ticket(s) printed.</source>
        <translation>
            <numerusform>已列印 %n 張保留的號碼牌。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept ticket(s) printed; %1 still waiting: %2</source>
        <translation>
            <numerusform>已列印 %n 張保留的號碼牌；仍有 %1 張等待：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept ticket %1 discarded.</source>
        <translation>已放棄保留的號碼牌 %1。</translation>
    </message>
    <message>
        <source>Ticket %1 reprinted; the reprint is logged with its reason.</source>
        <translation>號碼牌 %1 已補印；補印及原因已記錄。</translation>
    </message>
    <message>
        <source>Reprint of %1 logged, but not printed: %2</source>
        <translation>%1 的補印已記錄，但未能列印：%2</translation>
    </message>
    <message>
        <source>Printer settings saved.</source>
        <translation>印表機設定已儲存。</translation>
    </message>
    <message>
        <source>Signed in: %1, station %2.</source>
        <translation>已登入：%1，工作站 %2。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Take a ticket</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>Welcome. Choose your service, then take a ticket.</source>
        <translation>歡迎光臨。請選擇要辦理的業務，然後取號。</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>搜尋業務</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部業務</translation>
    </message>
    <message>
        <source>Touch a service to see what to bring.</source>
        <translation>請點選業務，檢視需要攜帶的材料。</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>無優先</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue on your phone.</source>
        <translation>掃碼可在手機上檢視排隊進度。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>copy ×%1</source>
        <translation>影印件 ×%1</translation>
    </message>
    <message>
        <source>original and copy ×%1</source>
        <translation>原件及影印件 ×%1</translation>
    </message>
    <message>
        <source>original ×%1</source>
        <translation>原件 ×%1</translation>
    </message>
    <message>
        <source>No documents are needed.</source>
        <translation>無需攜帶材料。</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>請攜帶：</translation>
    </message>
    <message>
        <source>If the answer to “%1” is yes, also bring:</source>
        <translation>如“%1”答案為是，還需攜帶：</translation>
    </message>
    <message>
        <source>Fees: none</source>
        <translation>收費：無</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>收費：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Nobody is ahead of you.</source>
        <translation>您前面沒有人等候。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you.</source>
        <translation>
            <numerusform>您前面還有 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation>請在下方取走號票。</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please see the service desk with your number; your place in the queue is kept.</source>
        <translation>號票未能列印。請記下您的號碼到服務檯諮詢，您的排隊位置保留。</translation>
    </message>
    <message>
        <source>Print again (%1 waiting)</source>
        <translation>重新列印（%1 張待列印）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <source>The ticket printer is out of order: your number will be shown on screen.</source>
        <translation>取號印表機暫時故障：您的號碼將顯示在螢幕上。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) wait for staff to print them (Staff button).</source>
        <translation>
            <numerusform>有 %n 張號碼牌等待工作人員列印（「工作人員」按鈕）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）無權%3。</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>我有預約</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>預約管理</translation>
    </message>
    <message>
        <source>Check in for your booking</source>
        <translation>預約簽到</translation>
    </message>
    <message>
        <source>Scan the QR code on your booking slip or phone, or type the 8-character booking code, then touch Check in.</source>
        <translation>請掃描預約憑條或手機上的二維碼，或輸入8位預約碼，然後點選“簽到”。</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>預約碼</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>簽到</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Please type or scan your booking code first.</source>
        <translation>請先輸入或掃描預約碼。</translation>
    </message>
    <message>
        <source>Take an ordinary ticket for %1</source>
        <translation>取普通號：%1</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>General</source>
        <translation>綜合</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保險</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>供電</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>供水</translation>
    </message>
    <message>
        <source>Government service hall</source>
        <translation>政務服務大廳</translation>
    </message>
    <message>
        <source>A knowledge base is a JSON object with an "entries" array.</source>
        <translation>知識庫是帶有 "entries" 陣列的 JSON 物件。</translation>
    </message>
    <message>
        <source>Knowledge entry %1 is not a JSON object.</source>
        <translation>知識條目 %1 不是 JSON 物件。</translation>
    </message>
    <message>
        <source>Knowledge entry %1: the code is missing or not 1 to 40 letters, digits, '.', '_' or '-'.</source>
        <translation>知識條目 %1：程式碼缺失，或不是 1 至 40 位字母、數字、'.'、'_' 或 '-'。</translation>
    </message>
    <message>
        <source>Knowledge entry %1 (%2)</source>
        <translation>知識條目 %1（%2）</translation>
    </message>
    <message>
        <source>%1: unknown field "%2".</source>
        <translation>%1：未知欄位 "%2"。</translation>
    </message>
    <message>
        <source>%1: the code is used by an earlier entry too.</source>
        <translation>%1：該程式碼已被前面的條目使用。</translation>
    </message>
    <message>
        <source>%1: unknown sector "%2" (expected one of: %3).</source>
        <translation>%1：未知行業 "%2"（應為以下之一：%3）。</translation>
    </message>
    <message>
        <source>%1: the question must be text of 1 to %2 characters.</source>
        <translation>%1：問題必須是 1 至 %2 個字元的文字。</translation>
    </message>
    <message>
        <source>%1: the answer must be text of 1 to %2 characters.</source>
        <translation>%1：答案必須是 1 至 %2 個字元的文字。</translation>
    </message>
    <message>
        <source>%1: keywords must be a list of single words.</source>
        <translation>%1：keywords 必須是單個詞語的列表。</translation>
    </message>
    <message>
        <source>%1: the source (the rule it is drawn from) is missing.</source>
        <translation>%1：缺少出處（所依據的規範）。</translation>
    </message>
    <message>
        <source>%1: "updated" is not an ISO 8601 date.</source>
        <translation>%1："updated" 不是 ISO 8601 日期。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 不是有效的 JSON（第 %2 位元組：%3）。</translation>
    </message>
    <message>
        <source>The knowledge base can only be replaced as a recorded event.</source>
        <translation>知識庫只能作為一次有記錄的事件整體替換。</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Standard answers</source>
        <translation>標準答覆</translation>
    </message>
    <message>
        <source>Type what the customer asks</source>
        <translation>輸入客戶所問的問題</translation>
    </message>
    <message>
        <source>The knowledge base cannot be searched: %1</source>
        <translation>無法查詢知識庫：%1</translation>
    </message>
    <message>
        <source>Type a few words of the customer's question.</source>
        <translation>輸入客戶問題中的幾個字。</translation>
    </message>
    <message>
        <source>No standard answer found for “%1”. Try fewer or other words.</source>
        <translation>沒有找到與“%1”相關的標準答覆。請減少字數或換個說法。</translation>
    </message>
    <message numerus="yes">
        <source>%n standard answer(s) for “%1”</source>
        <translation>
            <numerusform>“%1”：找到 %n 條標準答覆</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard answer %1</source>
        <translation>標準答覆 %1</translation>
    </message>
</context>
<context>
    <name>KpiTargets</name>
    <message>
        <source>Unknown target: %1 (one of: %2)</source>
        <translation>未知的指標目標：%1（可用：%2）</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必須是 %2 至 %3 之間的整數。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>This window is locked</source>
        <translation>窗口已鎖定</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>請輸入您的密碼</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2), window %3</source>
        <translation>當前登入：%1（%2），%3 號窗口</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>Wrong password. Only %1 can unlock this window.</source>
        <translation>密碼錯誤。只有%1本人可以解鎖。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Staff &amp;name:</source>
        <translation>員工賬號(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>窗口號(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登入(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in to serve at %1.</source>
        <translation>請登入，在%1辦理業務。</translation>
    </message>
    <message>
        <source>Enter your staff name.</source>
        <translation>請輸入員工賬號。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>Staff sign-in at %1.</source>
        <translation>%1 工作人員登入。</translation>
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
        <translation>網點記錄</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>資料庫：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>Audit chain:</source>
        <translation>審計鏈：</translation>
    </message>
    <message>
        <source>For head office:</source>
        <translation>待報總部：</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>人員：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>窗口(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>辦件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hall</source>
        <translation>大廳(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>報表(&amp;R)</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>鎖定螢幕(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Log &amp;in at a window…</source>
        <translation>窗口登入(&amp;I)…</translation>
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
        <translation>過號(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Walk-in</source>
        <translation>直接辦理(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>轉移(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>暫停(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>辦結(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case list</source>
        <translation>辦件列表(&amp;C)</translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation>查詢知識庫(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reception and tickets</source>
        <translation>導辦與取號(&amp;R)</translation>
    </message>
    <message>
        <source>Hall &amp;display</source>
        <translation>大廳叫號屏(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>預約(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Daily log</source>
        <translation>工作日誌(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Monthly bulletin</source>
        <translation>月度簡報(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Verify the audit chain</source>
        <translation>校驗審計鏈(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Branch information</source>
        <translation>網點資訊(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>員工(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Windows and printers…</source>
        <translation>窗口與印表機(&amp;W)…</translation>
    </message>
    <message>
        <source>S&amp;ync with head office</source>
        <translation>與總部同步(&amp;Y)</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>使用者手冊(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About CounterDesk</source>
        <translation>關於 CounterDesk(&amp;A)</translation>
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
        <translation>網點 %1 · %2 · 營業日 %3</translation>
    </message>
    <message>
        <source>SQLCipher %1, data version %2</source>
        <translation>SQLCipher %1，資料版本 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 條記錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting for the nightly sync</source>
        <translation>
            <numerusform>%n 條事件等待夜間同步</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 staff accounts, %2 customers</source>
        <translation>%1 個員工賬號，%2 位客戶</translation>
    </message>
    <message>
        <source>Branch database open</source>
        <translation>網點資料庫已開啟</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, verified intact</source>
        <translation>
            <numerusform>%n 條記錄，校驗完好</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>審計鏈</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n entries verified.</source>
        <translation>
            <numerusform>審計鏈完好：已校驗 %n 條記錄。</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN at entry %1</source>
        <translation>在第 %1 條處斷裂</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2.
The records may have been changed outside CounterDesk. Tell your administrator.</source>
        <translation>審計鏈在第 %1 條處斷裂：%2。
記錄可能在 CounterDesk 之外被改動過。請告知系統管理員。</translation>
    </message>
    <message>
        <source>No service catalogue</source>
        <translation>沒有服務目錄</translation>
    </message>
    <message>
        <source>This branch has no service catalogue from head office yet, so no service can be opened. Import one (counterdesk-cli catalogue import).</source>
        <translation>本網點尚未收到總部的服務目錄，無法辦理任何事項。請匯入服務目錄（counterdesk-cli catalogue import）。</translation>
    </message>
    <message>
        <source>CounterDesk — %1 — window %2 — %3</source>
        <translation>CounterDesk — %1 — %2 號窗口 — %3</translation>
    </message>
    <message>
        <source>%1 signed in at window %2</source>
        <translation>%1 已在 %2 號窗口登入</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排隊</translation>
    </message>
    <message>
        <source>Standard answers</source>
        <translation>標準答覆</translation>
    </message>
    <message>
        <source>Hall &amp;host and pairing…</source>
        <translation>大廳主機與配對(&amp;H)…</translation>
    </message>
    <message>
        <source>Manager's &amp;console</source>
        <translation>管理控制檯(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>介面語言(&amp;L)…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>Language of this PC's screens:</source>
        <translation>本機介面語言：</translation>
    </message>
    <message>
        <source>The choice could not be saved in your settings.</source>
        <translation>無法儲存到您的設定中。</translation>
    </message>
    <message>
        <source>CounterDesk will show %1 the next time it starts. Documents for customers keep the branch's document language.</source>
        <translation>CounterDesk 下次啟動時將顯示%1。面向客戶的文書仍使用本網點的文書語言。</translation>
    </message>
    <message>
        <source>Head office could not be reached at %1 (%2). Nothing is lost: the events are kept and sent at the next sync; the hall goes on serving.</source>
        <translation>%1 未能連線總部（%2）。資料不會丟失：事件已儲存，將在下次同步時傳送；大廳照常辦理業務。</translation>
    </message>
</context>
<context>
    <name>ManagerConsole</name>
    <message>
        <source>Manager's console</source>
        <translation>管理控制檯</translation>
    </message>
    <message>
        <source>Hall now</source>
        <translation>大廳實況</translation>
    </message>
    <message>
        <source>Record the &amp;contact…</source>
        <translation>記錄聯絡情況(&amp;C)…</translation>
    </message>
    <message>
        <source>Close with the &amp;outcome…</source>
        <translation>填寫整改結果並關閉(&amp;O)…</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>整改</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue complaint(s) escalated to head office.</source>
        <translation>
            <numerusform>%n 件逾期投訴已上報總部。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, the longest for %1 min · %2 of %3 windows open</source>
        <translation>
            <numerusform>%n 人等候，最長 %1 分鐘 · %3 個窗口中 %2 個開放</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue cases: %1 · open complaints: %2 (overdue %3) · open rectifications: %4 (overdue %5)</source>
        <translation>逾期辦件：%1 · 未結投訴：%2（逾期 %3） · 未結整改：%4（逾期 %5）</translation>
    </message>
    <message>
        <source>Waiting per service</source>
        <translation>各業務等候人數</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Select a rectification first.</source>
        <translation>請先選擇一項整改。</translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation>與客戶聯絡</translation>
    </message>
    <message>
        <source>Who contacted the customer, how and when, and what was said:</source>
        <translation>由誰、何時、以何種方式聯絡客戶，溝通內容：</translation>
    </message>
    <message>
        <source>The contact is recorded.</source>
        <translation>聯絡情況已記錄。</translation>
    </message>
    <message>
        <source>Close the rectification</source>
        <translation>關閉整改</translation>
    </message>
    <message>
        <source>What was put right (the outcome):</source>
        <translation>整改結果：</translation>
    </message>
    <message>
        <source>The rectification is closed.</source>
        <translation>整改已關閉。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>總部同步</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>統計期間：</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>樣本數</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>是否達標</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均辦理</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意率</translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation>差評</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% 等候不超過</translation>
    </message>
    <message>
        <source>Called within %1 minutes</source>
        <translation>%1 分鐘內叫號率</translation>
    </message>
    <message>
        <source>Average wait (response time)</source>
        <translation>平均等待時間（響應時間）</translation>
    </message>
    <message>
        <source>Average time to answer a consultation</source>
        <translation>諮詢平均解答時長</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>滿意率</translation>
    </message>
    <message>
        <source>Cases ready by the promised date</source>
        <translation>按承諾時限辦結率</translation>
    </message>
    <message>
        <source>Complaints answered within %1 working days</source>
        <translation>投訴 %1 個工作日內答覆率</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不超過 %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>不低於 %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達標</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未達標</translation>
    </message>
    <message>
        <source>Shares against targets (%)</source>
        <translation>各項比率與目標（%）</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Last successful sync: %1
Last attempt: %2
Events waiting for head office: %3</source>
        <translation>最近一次成功同步：%1
最近一次嘗試：%2
待發往總部的事件：%3</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近錯誤：%1</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>業務目錄：%1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>日曆：%1</translation>
    </message>
    <message>
        <source>Synced with head office: %1 events sent.</source>
        <translation>已與總部同步：傳送 %1 條事件。</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Change the day's &amp;places…</source>
        <translation>調整當天名額(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Message the customers listed</source>
        <translation>簡訊通知所列客戶(&amp;M)</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>時段</translation>
    </message>
    <message>
        <source>Booked / places</source>
        <translation>已約 / 名額</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已簽到</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Bookings beyond the day's places (kept; call or message these customers):</source>
        <translation>超出當天名額的預約（仍然保留；請致電或發簡訊告知這些客戶）：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>預約碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機號</translation>
    </message>
    <message>
        <source>Only a manager may change a day's places.</source>
        <translation>只有大堂經理可以調整當天名額。</translation>
    </message>
    <message>
        <source>Choose a slot of the service whose places change.</source>
        <translation>請先選擇要調整名額的業務的一個時段。</translation>
    </message>
    <message>
        <source>Places on %1</source>
        <translation>%1 的名額</translation>
    </message>
    <message>
        <source>Every slot of %1 on that day gets this many places. No booking is cancelled.</source>
        <translation>當天“%1”的每個時段都改為此名額。不會取消任何預約。</translation>
    </message>
    <message>
        <source>Places per slot:</source>
        <translation>每個時段名額：</translation>
    </message>
    <message>
        <source>The places are a whole number.</source>
        <translation>名額必須是整數。</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS queued for the nightly sync.</source>
        <translation>
            <numerusform>%n 條簡訊已排隊，將在夜間同步時傳送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MobileNumberValidator</name>
    <message>
        <source>No mobile number given.</source>
        <translation>未提供手機號碼。</translation>
    </message>
    <message>
        <source>Only mainland numbers (+86) are accepted; %1 has another country code.</source>
        <translation>只接受內地號碼（+86）；%1 帶有其他國家或地區程式碼。</translation>
    </message>
    <message>
        <source>Character '%1' is not allowed in a mobile number (digits, spaces, hyphens and a +86 prefix are).</source>
        <translation>手機號碼中不能有 '%1'（只允許數字、空格、連字元和 +86 字首）。</translation>
    </message>
    <message>
        <source>11 digits expected, got %1.</source>
        <translation>應為 11 位數字，實際為 %1 位。</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 1, not %1.</source>
        <translation>內地手機號碼以 1 開頭，而不是 %1。</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 13 to 19, not %1.</source>
        <translation>內地手機號碼以 13 至 19 開頭，而不是 %1。</translation>
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
        <translation>諮詢</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>報修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>業務辦理</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表揚</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催辦</translation>
    </message>
    <message>
        <source>Services no longer in the catalogue</source>
        <translation>已不在服務目錄中的業務</translation>
    </message>
    <message>
        <source>Monthly service bulletin</source>
        <translation>客戶服務資訊簡報</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>統計期間：</translation>
    </message>
    <message>
        <source>%1 to %2 (the month is not over)</source>
        <translation>%1至%2（本月尚未結束）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Tickets:</source>
        <translation>排隊取號：</translation>
    </message>
    <message>
        <source>%1 issued, %2 served, %3 no-shows</source>
        <translation>取號 %1 張，辦結 %2 張，過號 %3 張</translation>
    </message>
    <message>
        <source>Waits:</source>
        <translation>等候時間：</translation>
    </message>
    <message>
        <source>average %1, 90% within %2, longest %3 (min:s)</source>
        <translation>平均 %1，90% 不超過 %2，最長 %3（分:秒）</translation>
    </message>
    <message>
        <source>Service time:</source>
        <translation>辦理時長：</translation>
    </message>
    <message>
        <source>average %1, 90% within %2 (min:s)</source>
        <translation>平均 %1，90% 不超過 %2（分:秒）</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>服務評價：</translation>
    </message>
    <message>
        <source>%1 ratings; satisfaction %2; very satisfied %3; dissatisfied %4</source>
        <translation>評價 %1 次；滿意率 %2；非常滿意 %3 次；差評 %4 次</translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation>投訴：</translation>
    </message>
    <message>
        <source>%1 received; answered in time %2; answered late %3; open past the limit %4; open within it %5</source>
        <translation>受理 %1 件；按時答覆 %2 件；逾期答覆 %3 件；逾期未答覆 %4 件；時限內未答覆 %5 件</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>服務指標完成情況</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>樣本數</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>是否達標</translation>
    </message>
    <message>
        <source>Called within %1 minutes</source>
        <translation>%1 分鐘內叫號率</translation>
    </message>
    <message>
        <source>Average wait (response time)</source>
        <translation>平均等待時間（響應時間）</translation>
    </message>
    <message>
        <source>Average time to answer a consultation</source>
        <translation>諮詢平均解答時長</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>滿意率</translation>
    </message>
    <message>
        <source>Cases ready by the promised date</source>
        <translation>按承諾時限辦結率</translation>
    </message>
    <message>
        <source>Complaints answered within %1 working days</source>
        <translation>投訴 %1 個工作日內答覆率</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不超過 %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>不低於 %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達標</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未達標</translation>
    </message>
    <message>
        <source>Times are minutes:seconds. Based on: called tickets, consultations served, ratings, cases ready, and complaints answered or overdue.</source>
        <translation>時長以“分:秒”表示。樣本數依次為：已叫號的取號、已辦結的諮詢、評價、已辦結的業務、已答覆或已逾期的投訴。</translation>
    </message>
    <message>
        <source>Requests by type (tickets issued)</source>
        <translation>按訴求型別統計（取號數）</translation>
    </message>
    <message>
        <source>Requests by type</source>
        <translation>按訴求型別統計</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>取號數</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>其他記錄</translation>
    </message>
    <message>
        <source>Each ticket counts under the request type its service has in the catalogue. Other records: consultation, questions recorded to answer later; business, cases accepted; complaint, complaints recorded from any channel. Repair, praise, suggestion, callback and reminder have no records besides their tickets.</source>
        <translation>每張取號按其業務在服務目錄中的訴求型別計入。其他記錄：諮詢為登記待答覆的問題，業務辦理為已受理的業務，投訴為各渠道登記的投訴。報修、表揚、建議、回訪、催辦除取號外沒有單獨的記錄。</translation>
    </message>
    <message>
        <source>Busiest services (tickets issued)</source>
        <translation>業務量排名（取號數）</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>主要業務</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>過號</translation>
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
        <translation>滿意率</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>按櫃員統計</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均辦理</translation>
    </message>
    <message>
        <source>One-time notices</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Cases on time</source>
        <translation>按時辦結</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>A clerk's tickets are those they finished or marked as no-shows; their complaints are those that name them.</source>
        <translation>櫃員的取號為其辦結或標記過號的取號；櫃員的投訴為指名該櫃員的投訴。</translation>
    </message>
    <message>
        <source>Longest waits</source>
        <translation>等候最久的取號</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>號碼</translation>
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
        <translation>投訴及處理結果</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
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
        <translation>時限</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答覆</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>窗口現場</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>網上</translation>
    </message>
    <message>
        <source>From head office</source>
        <translation>總部轉辦</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>當面</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>按時答覆</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>逾期答覆</translation>
    </message>
    <message>
        <source>Open past the limit, escalated to head office</source>
        <translation>逾期未答覆，已上報總部</translation>
    </message>
    <message>
        <source>Open past the limit</source>
        <translation>逾期未答覆</translation>
    </message>
    <message>
        <source>Open, within the limit</source>
        <translation>處理中，未超時限</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Complaints recorded in the period, judged as of %1.</source>
        <translation>統計期間內登記的投訴，按 %1 的情況評定。</translation>
    </message>
    <message>
        <source>The daily logs added up</source>
        <translation>營業日誌彙總</translation>
    </message>
    <message>
        <source>Cases opened: %1; one-time notices: %2; accepted: %3</source>
        <translation>立案 %1 件；一次性告知 %2 件；受理 %3 件</translation>
    </message>
    <message>
        <source>Refused: %1; referred: %2; ready: %3; extended: %4; cancelled: %5</source>
        <translation>不予受理 %1 件；轉介 %2 件；辦結 %3 件；延期 %4 件；撤銷 %5 件</translation>
    </message>
    <message>
        <source>Questions recorded to answer later: %1; answered: %2; reprints: %3</source>
        <translation>登記待答覆問題 %1 個；已答覆 %2 個；補打 %3 次</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>統計口徑</translation>
    </message>
    <message>
        <source>A wait runs from the issue of the ticket (for a booking, from the start of its slot) to its first call.</source>
        <translation>等候時間自取號時起（預約取號自預約時段開始時起）至首次叫號時止。</translation>
    </message>
    <message>
        <source>The satisfaction rate is the share of ratings that are very satisfied, satisfied or fairly satisfied.</source>
        <translation>滿意率為“非常滿意”“滿意”“基本滿意”的評價佔全部評價的比例。</translation>
    </message>
    <message>
        <source>A case is on time when it is ready on or before the date printed on its receipt; an extension does not move that date.</source>
        <translation>業務在受理回執所載日期當日或之前辦結的，為按時辦結；延期不改變該日期。</translation>
    </message>
    <message>
        <source>A complaint is answered in time within %1 working days of receipt.</source>
        <translation>投訴自受理之日起 %1 個工作日內答覆的，為按時答覆。</translation>
    </message>
    <message>
        <source>Tickets, cases and questions are counted as in the daily logs, so the month's figures are its days' figures added up.</source>
        <translation>取號、業務和問題的統計口徑與營業日誌相同，本月資料即為各日資料之和。</translation>
    </message>
    <message>
        <source>Compiled on %1</source>
        <translation>編制於 %1</translation>
    </message>
    <message>
        <source>Compiled by:</source>
        <translation>編制人（簽字）：</translation>
    </message>
    <message>
        <source>Hall manager:</source>
        <translation>大堂經理（簽字）：</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>預約辦理</translation>
    </message>
    <message>
        <source>Bookings for the month's slots: %1; checked in: %2 (served: %3); no-shows: %4; still to come: %5; cancelled: %6</source>
        <translation>本月時段預約：%1；已簽到：%2（已辦結：%3）；爽約：%4；尚未到時：%5；已取消：%6</translation>
    </message>
    <message>
        <source>Booked customers waited on average %1, 90% within %2 (%3 called); walk-ins %4, 90% within %5 (%6 called)</source>
        <translation>預約客戶平均等候 %1，90% 在 %2 以內（已叫號 %3）；現場取號客戶 %4，90% 在 %5 以內（已叫號 %6）</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Network</source>
        <translation>全網</translation>
    </message>
    <message numerus="yes">
        <source>Monthly report %1 (time zone %2), %n branch(es)</source>
        <translation>
            <numerusform>%1 月報（時區 %2），共 %n 個網點</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>網點</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>過號</translation>
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
        <translation>評價</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>差評</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已辦結投訴</translation>
    </message>
    <message>
        <source>Comparison (by tickets served)</source>
        <translation>網點對比（按辦結號數排序）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>佔比 %</translation>
    </message>
    <message>
        <source>No-show %</source>
        <translation>過號率 %</translation>
    </message>
    <message>
        <source>Bad rating %</source>
        <translation>差評率 %</translation>
    </message>
    <message>
        <source>Open cmpl.</source>
        <translation>未結投訴</translation>
    </message>
</context>
<context>
    <name>NightlyBackup</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
</context>
<context>
    <name>PairedCounterWindow</name>
    <message>
        <source>CounterDesk — paired counter</source>
        <translation>CounterDesk — 聯網窗口</translation>
    </message>
    <message>
        <source>Sign in to work the hall's queue.</source>
        <translation>請登入後處理大廳排隊。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Sign in at a counter</source>
        <translation>窗口登入</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Window number:</source>
        <translation>窗口號：</translation>
    </message>
    <message>
        <source>Signing in on the hall host…</source>
        <translation>正在向大廳主機登入…</translation>
    </message>
    <message>
        <source>The hall host cannot be reached (%1). Check the network cable and that the host is running, then try again.</source>
        <translation>無法連線大廳主機（%1）。請檢查網線並確認主機正在執行，然後重試。</translation>
    </message>
    <message>
        <source>Signed in as %1 at window %2 — hall host of branch %3</source>
        <translation>%1 已在%2號窗口登入 — 網點 %3 的大廳主機</translation>
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
        <translation>過號(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Walk-in</source>
        <translation>直接辦理(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>轉移(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>暫停(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>辦結(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>無法讀取口令檔案 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>口令檔案 %1 是空的。</translation>
    </message>
    <message>
        <source>no passphrase is stored in the keychain for this branch</source>
        <translation>鑰匙串中沒有儲存本網點的口令</translation>
    </message>
    <message>
        <source>the keychain is not available (%1)</source>
        <translation>鑰匙串不可用（%1）</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The document could not be laid out.</source>
        <translation>無法排版該文書。</translation>
    </message>
</context>
<context>
    <name>PdfPrintSink</name>
    <message>
        <source>The PDF folder %1 does not exist or cannot be written to.</source>
        <translation>PDF 資料夾 %1 不存在或無法寫入。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>serve customers at a window</source>
        <translation>在窗口辦理業務</translation>
    </message>
    <message>
        <source>issue queue tickets</source>
        <translation>發放排隊號</translation>
    </message>
    <message>
        <source>mark a priority group</source>
        <translation>標記優先群體</translation>
    </message>
    <message>
        <source>cancel an accepted case</source>
        <translation>撤銷已受理的辦件</translation>
    </message>
    <message>
        <source>reprint a receipt</source>
        <translation>補打回執</translation>
    </message>
    <message>
        <source>change a day whose log is signed</source>
        <translation>修改日誌已簽字當天的記錄</translation>
    </message>
    <message>
        <source>sign the daily log</source>
        <translation>簽署工作日誌</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>處理投訴</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>檢視報表</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>管理員工賬號</translation>
    </message>
    <message>
        <source>manage the branch's settings</source>
        <translation>管理網點設定</translation>
    </message>
</context>
<context>
    <name>PrintSampleCommand</name>
    <message>
        <source>Render a document with demo data to PDF: %1.</source>
        <translation>用演示資料將文書輸出為 PDF：%1。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要寫入的 PDF 檔案。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>The document's language: zh_CN (default), zh_TW or en.</source>
        <translation>文書語言：zh_CN（預設）、zh_TW 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>紙型</translation>
    </message>
    <message>
        <source>A4 (default) or A5; for a ticket 80 (mm, default) or 58.</source>
        <translation>A4（預設）或 A5；排隊號為 80（毫米，預設）或 58。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli print-sample %1 --out FILE.pdf [--lang zh_CN|zh_TW|en] [--paper A4|A5] (a ticket: [--paper 80|58])</source>
        <translation>用法：counterdesk-cli print-sample %1 --out 檔案.pdf [--lang zh_CN|zh_TW|en] [--paper A4|A5]（排隊號：[--paper 80|58]）</translation>
    </message>
</context>
<context>
    <name>PrinterSink</name>
    <message>
        <source>No printer is chosen for this station.</source>
        <translation>本工作站尚未選擇印表機。</translation>
    </message>
    <message>
        <source>The printer “%1” is not installed on this PC (or was renamed). Check its cable and power, or choose it again in the station's printer settings.</source>
        <translation>本機未安裝印表機「%1」（或已改名）。請檢查連接線和電源，或在工作站的印表機設定中重新選擇。</translation>
    </message>
    <message>
        <source>The printer “%1” reports a problem: check the paper, the cover and that it is switched on.</source>
        <translation>印表機「%1」回報故障：請檢查紙張、機蓋以及是否已開機。</translation>
    </message>
    <message>
        <source>The printer “%1” cannot be used now. Check that it is switched on and connected.</source>
        <translation>印表機「%1」目前無法使用。請檢查是否已開機並連接。</translation>
    </message>
    <message>
        <source>The printer “%1” did not accept the job (offline or switched off?).</source>
        <translation>印表機「%1」未接受列印工作（是否離線或已關機？）。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>The printer “%1” reported an error while printing %2.</source>
        <translation>印表機「%1」在列印 %2 時回報錯誤。</translation>
    </message>
    <message>
        <source>Printing %2 on “%1” was cancelled.</source>
        <translation>在「%1」上列印 %2 已取消。</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>The catalogue is not a JSON object (%1 at byte %2).</source>
        <translation>事項目錄不是 JSON 物件（第 %2 位元組處：%1）。</translation>
    </message>
    <message>
        <source>The catalogue is not valid: %1</source>
        <translation>事項目錄無效：%1</translation>
    </message>
    <message>
        <source>Published catalogue version %1.</source>
        <translation>已釋出事項目錄第 %1 版。</translation>
    </message>
    <message>
        <source>Published catalogue version %1 (the file said %2; head office numbers each publication after the newest, %3).</source>
        <translation>已釋出事項目錄第 %1 版（檔案中為 %2；總部按最新已釋出版本 %3 依次編號）。</translation>
    </message>
    <message>
        <source>The calendar's version must be a positive number.</source>
        <translation>日曆版本必須是正整數。</translation>
    </message>
    <message>
        <source>The calendar file is not valid: %1</source>
        <translation>日曆檔案無效：%1</translation>
    </message>
    <message>
        <source>Calendar version %1 is not newer than the newest published, %2.</source>
        <translation>日曆版本 %1 不比最新已釋出版本 %2 新。</translation>
    </message>
    <message>
        <source>Published calendar version %1.</source>
        <translation>已釋出日曆第 %1 版。</translation>
    </message>
    <message>
        <source>Version %1 was published meanwhile; nothing was changed.</source>
        <translation>第 %1 版已被他人先行釋出，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>'queue show', 'call --window N [--number A001]', 'recall', 'no-show', 'park', 'resume --number', 'transfer', 'serve', 'finish', 'windows', 'window', 'config': the hall's queue.</source>
        <translation>'queue show'、'call --window N [--number A001]'、'recall'、'no-show'、'park'、'resume --number'、'transfer'、'serve'、'finish'、'windows'、'window'、'config'：大廳排隊。</translation>
    </message>
    <message>
        <source>The counter window's number.</source>
        <translation>窗口號。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>call, resume: the ticket's number (e.g. A001).</source>
        <translation>call、resume：號碼（例如 A001）。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>transfer: to this service.</source>
        <translation>transfer：轉至此業務。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>transfer: to this window only.</source>
        <translation>transfer：只轉至此窗口。</translation>
    </message>
    <message>
        <source>window: the services it calls, in order, separated by commas.</source>
        <translation>window：該窗口呼叫的業務，按順序，以逗號分隔。</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>window: its name on screens.</source>
        <translation>window：螢幕上顯示的名稱。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>window: staffed (counts for wait estimates).</source>
        <translation>window：有人值守（計入等候時間估算）。</translation>
    </message>
    <message>
        <source>window: not staffed.</source>
        <translation>window：無人值守。</translation>
    </message>
    <message>
        <source>window: remove it.</source>
        <translation>window：刪除該窗口。</translation>
    </message>
    <message>
        <source>config: change a setting (repeatable): %1.</source>
        <translation>config：修改設定（可重複）：%1。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>鍵=值</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli queue show | windows | config [--set KEY=VALUE] | %1 --window N  --data-dir DIR</source>
        <translation>用法：counterdesk-cli queue show | windows | config [--set 鍵=值] | %1 --window N  --data-dir 目錄</translation>
    </message>
    <message>
        <source>Say which window: --window N.</source>
        <translation>請指明窗口：--window N。</translation>
    </message>
    <message>
        <source>Say which parked ticket: --number NUMBER.</source>
        <translation>請指明暫掛的號碼：--number 號碼。</translation>
    </message>
    <message numerus="yes">
        <source>Business day %1: %n waiting.</source>
        <translation>
            <numerusform>營業日 %1：%n 人等候。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli queue window --window N --services CODE,CODE [--name NAME] [--open|--closed] | --window N --open|--closed | --window N --remove</source>
        <translation>用法：counterdesk-cli queue window --window N --services 程式碼,程式碼 [--name 名稱] [--open|--closed] | --window N --open|--closed | --window N --remove</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, e.g. %1=20</source>
        <translation>--set 的格式為 鍵=值，例如 %1=20</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Window %1 — %2</source>
        <translation>%1 號窗口 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for this window; the longest for %1 min.</source>
        <translation>
            <numerusform>本窗口 %n 人等候，最長已等 %1 分鐘。</numerusform>
        </translation>
    </message>
    <message>
        <source>Window %1 is not set up for any service.</source>
        <translation>%1 號窗口未設定任何業務。</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暫停中</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>沒有人等候。</translation>
    </message>
    <message>
        <source>Finish or transfer %1 first.</source>
        <translation>請先辦結或轉移 %1。</translation>
    </message>
    <message>
        <source>Serving a customer without a ticket.</source>
        <translation>正在接待未取號的客戶。</translation>
    </message>
    <message>
        <source>Transfer the ticket</source>
        <translation>轉移排隊號</translation>
    </message>
    <message>
        <source>To service (code, or empty):</source>
        <translation>轉至業務（程式碼，可空）：</translation>
    </message>
    <message>
        <source>To window (number, or empty):</source>
        <translation>轉至窗口（號碼，可空）：</translation>
    </message>
    <message>
        <source>Pause the window</source>
        <translation>暫停窗口</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>A pause needs a reason.</source>
        <translation>暫停需要說明原因。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waiting (%2 min)</source>
        <translation>
            <numerusform>%1：%n 人（最長 %2 分鐘）</numerusform>
        </translation>
    </message>
    <message>
        <source>The hall host is back; the queue is up to date.</source>
        <translation>大廳主機已恢復連線，排隊資訊已更新。</translation>
    </message>
    <message>
        <source>The hall host cannot be reached (%1). Retrying… Go on serving the customer at your window; calling the next one waits until the host is back.</source>
        <translation>無法連線大廳主機（%1），正在重試… 請繼續為窗口前的客戶辦理；主機恢復後才能呼叫下一位。</translation>
    </message>
    <message>
        <source>The hall host did not answer (%1): nothing was done, or it will show when the host is back. Try again in a moment.</source>
        <translation>大廳主機沒有應答（%1）：操作未執行，或將在主機恢復後顯示。請稍後再試。</translation>
    </message>
</context>
<context>
    <name>QueueSettings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必須是 %2 至 %3 之間的整數。</translation>
    </message>
    <message>
        <source>%1 must be the hall host's web address, e.g. https://hall.example.cn</source>
        <translation>%1 必須是大廳主機的網址，例如 https://hall.example.cn</translation>
    </message>
    <message>
        <source>%1 must be zh_CN or zh_TW: a ticket is printed in Chinese first.</source>
        <translation>%1 必須是 zh_CN 或 zh_TW：排隊號首先以中文列印。</translation>
    </message>
    <message>
        <source>%1 must be en, zh_TW, zh_CN or none.</source>
        <translation>%1 必須是 en、zh_TW、zh_CN 或 none。</translation>
    </message>
    <message>
        <source>Unknown setting: %1</source>
        <translation>未知設定項：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 may be at most %n characters long.</source>
        <translation>
            <numerusform>%1 最多 %n 個字元。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingBook</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常滿意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本滿意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不滿意</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>辦事效率</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <source>Professionalism</source>
        <translation>業務水平</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>服務環境</translation>
    </message>
    <message>
        <source>Choose one of the five levels.</source>
        <translation>請在五個等級中選擇一個。</translation>
    </message>
    <message>
        <source>Each criterion is rated from 1 to 5.</source>
        <translation>各項評價為 1 到 5 分。</translation>
    </message>
    <message>
        <source>The comment is too long (at most %1 characters).</source>
        <translation>留言過長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>We cannot find this ticket. A ticket can be rated on the day it was taken.</source>
        <translation>找不到這張號票。號票只能在取號當天評價。</translation>
    </message>
    <message>
        <source>Window %1 has not finished serving anybody today.</source>
        <translation>%1 號窗口今天還沒有辦結的業務。</translation>
    </message>
    <message>
        <source>Ticket %1 has not been served yet: you can rate it once the service is finished.</source>
        <translation>%1 號尚未辦理完畢：業務辦結後即可評價。</translation>
    </message>
    <message>
        <source>Ticket %1 has already been rated. Thank you!</source>
        <translation>%1 號已經評價過了。謝謝您！</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>感謝您的評價！</translation>
    </message>
    <message>
        <source>There is no rectification number %1.</source>
        <translation>沒有編號為 %1 的整改任務。</translation>
    </message>
    <message>
        <source>Rectification %1 is already closed.</source>
        <translation>整改任務 %1 已經辦結。</translation>
    </message>
    <message>
        <source>Say how and when the customer was contacted (at most %1 characters).</source>
        <translation>請填寫何時以何種方式聯絡了客戶（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>A rectification closes only with its outcome (at most %1 characters).</source>
        <translation>整改任務須填寫整改結果才能辦結（最多 %1 個字）。</translation>
    </message>
</context>
<context>
    <name>RatingCommand</name>
    <message>
        <source>'rating list|summary [--from DATE] [--to DATE]': customers' ratings, one line each, or each clerk's and service's figures.</source>
        <translation>'rating list|summary [--from 日期] [--to 日期]'：客戶評價，每條一行；或按櫃員、按業務的統計。</translation>
    </message>
    <message>
        <source>list | summary</source>
        <translation>list | summary</translation>
    </message>
    <message>
        <source>The first business day (YYYY-MM-DD; default: today).</source>
        <translation>起始營業日（YYYY-MM-DD；預設今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The last business day (YYYY-MM-DD; default: the first).</source>
        <translation>截止營業日（YYYY-MM-DD；默認同起始日）。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli rating list|summary [--from YYYY-MM-DD] [--to YYYY-MM-DD]  --data-dir DIR</source>
        <translation>用法：counterdesk-cli rating list|summary [--from YYYY-MM-DD] [--to YYYY-MM-DD]  --data-dir 目錄</translation>
    </message>
    <message>
        <source>Give the period as --from YYYY-MM-DD --to YYYY-MM-DD (to not before from).</source>
        <translation>請以 --from YYYY-MM-DD --to YYYY-MM-DD 指定期間（截止日不得早於起始日）。</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>%1 號窗口</translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <source>Rate our service — window %1</source>
        <translation>服務評價 — %1 號窗口</translation>
    </message>
    <message>
        <source>Ticket %1: how satisfied are you with our service?</source>
        <translation>%1 號，請您對本次服務進行評價</translation>
    </message>
    <message>
        <source>Welcome! Please rate our service when it is finished.</source>
        <translation>歡迎光臨！業務辦理完畢後，請您對我們的服務進行評價。</translation>
    </message>
    <message>
        <source>Rating &amp;pad for the customer…</source>
        <translation>客戶評價器(&amp;P)…</translation>
    </message>
    <message>
        <source>Rating pad</source>
        <translation>客戶評價器</translation>
    </message>
    <message>
        <source>Sign in at a window first: the pad rates the tickets that window serves.</source>
        <translation>請先在窗口登入：評價器評價的是本窗口辦理的號票。</translation>
    </message>
</context>
<context>
    <name>ReceptionBookingDialog</name>
    <message>
        <source>Bookings</source>
        <translation>預約管理</translation>
    </message>
    <message>
        <source>Book for a customer</source>
        <translation>為客戶預約</translation>
    </message>
    <message>
        <source>Check in or cancel by code</source>
        <translation>按預約碼簽到或取消</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>業務(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>時段(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Mobile number (11 digits)</source>
        <translation>手機號（11位）</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手機(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Book and print the slip</source>
        <translation>預約並列印憑條(&amp;B)</translation>
    </message>
    <message>
        <source>Print the slip again</source>
        <translation>重新列印憑條</translation>
    </message>
    <message>
        <source>Type or scan the booking code (or the booking page's QR code), then check the customer in or cancel the booking.</source>
        <translation>輸入或掃描預約碼（或預約頁面的二維碼），然後為客戶簽到或取消預約。</translation>
    </message>
    <message>
        <source>&amp;Check in and print the ticket</source>
        <translation>簽到並列印號票(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the &amp;booking</source>
        <translation>取消預約(&amp;B)</translation>
    </message>
    <message>
        <source>Take an &amp;ordinary ticket instead</source>
        <translation>改取普通號(&amp;O)</translation>
    </message>
    <message>
        <source>%1   booked %2 / %3 places</source>
        <translation>%1   已約 %2 / %3 個名額</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>（已截止）</translation>
    </message>
    <message>
        <source>(full)</source>
        <translation>（已約滿）</translation>
    </message>
    <message>
        <source>Number checked (click the field to type it again)</source>
        <translation>號碼有效（點選輸入框可重新輸入）</translation>
    </message>
    <message>
        <source>Choose a free slot first.</source>
        <translation>請先選擇一個有空位的時段。</translation>
    </message>
    <message>
        <source>Type the customer's name.</source>
        <translation>請輸入客戶姓名。</translation>
    </message>
    <message>
        <source>Type the customer's mobile number.</source>
        <translation>請輸入客戶手機號。</translation>
    </message>
    <message>
        <source>%1 The slip is printing: give it to the customer.</source>
        <translation>%1 憑條正在列印，請交給客戶。</translation>
    </message>
    <message>
        <source>%1 The slip could not be printed (%2): tell the customer the code, or print the slip again.</source>
        <translation>%1 憑條未能列印（%2）：請告知客戶預約碼，或重新列印憑條。</translation>
    </message>
    <message>
        <source>The slip for %1 is printing again.</source>
        <translation>%1 的憑條正在重新列印。</translation>
    </message>
    <message>
        <source>The slip could not be printed: %1</source>
        <translation>憑條未能列印：%1</translation>
    </message>
    <message>
        <source>%1, %2 at %3: %4, %5 (%6)</source>
        <translation>%1，%2 %3：%4，%5（%6）</translation>
    </message>
    <message>
        <source>Type or scan the booking code first.</source>
        <translation>請先輸入或掃描預約碼。</translation>
    </message>
    <message>
        <source>No booking has the code %1.</source>
        <translation>沒有預約碼為 %1 的預約。</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>取消預約</translation>
    </message>
    <message>
        <source>Cancel the booking %1 (%2)? Its place becomes free for others.</source>
        <translation>取消預約 %1（%2）？該名額將釋放給其他客戶。</translation>
    </message>
</context>
<context>
    <name>RectificationListModel</name>
    <message>
        <source>Open</source>
        <translation>未結</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評價</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評價內容</translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation>與客戶聯絡情況</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>整改結果</translation>
    </message>
</context>
<context>
    <name>RekeyCommand</name>
    <message>
        <source>'rekey [--new-passphrase-file FILE]': give the branch's database a new passphrase (a crash leaves it with the old or the new one).</source>
        <translation>'rekey [--new-passphrase-file FILE]'：為網點資料庫更換口令（中途崩潰時，資料庫仍可用舊口令或新口令之一開啟）。</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (else it is typed twice on the terminal).</source>
        <translation>從檔案的第一行讀取新口令（否則在終端上輸入兩次）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli rekey --data-dir DIR [--passphrase-file FILE] [--new-passphrase-file FILE]</source>
        <translation>用法：counterdesk-cli rekey --data-dir 目錄 [--passphrase-file 檔案] [--new-passphrase-file 檔案]</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>再次輸入新口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>兩次輸入的口令不同；未做任何改動。</translation>
    </message>
    <message>
        <source>No new passphrase: give --new-passphrase-file FILE, or run this on a terminal to type it twice. Nothing was changed.</source>
        <translation>沒有新口令：請用 --new-passphrase-file 檔案 提供，或在終端上執行並輸入兩次。未做任何改動。</translation>
    </message>
    <message>
        <source>The keychain now holds the new passphrase.</source>
        <translation>鑰匙串中現在儲存的是新口令。</translation>
    </message>
    <message>
        <source>The keychain could not be updated (%1): it still holds the old passphrase, which no longer opens the branch. CounterDesk will ask for the new one at its next start; let it remember that one.</source>
        <translation>無法更新鑰匙串（%1）：其中仍是舊口令，已打不開網點。CounterDesk 下次啟動時會要求輸入新口令，屆時請讓它記住新口令。</translation>
    </message>
    <message>
        <source>The keychain is not available here (%1), so it was not updated. If CounterDesk remembers this branch's passphrase in a desktop keychain, it will ask for the new one at its next start there; let it remember that one.</source>
        <translation>此處沒有可用的鑰匙串（%1），因此未更新。如果 CounterDesk 在桌面鑰匙串中記住了本網點的口令，它下次在那裡啟動時會要求輸入新口令，屆時請讓它記住新口令。</translation>
    </message>
    <message>
        <source>Write the new passphrase into %1 and every other passphrase file of this branch (the hall host's service), or they will no longer open it.</source>
        <translation>請把新口令寫入 %1 以及本網點的其他所有口令檔案（大廳主機的服務），否則它們將打不開網點。</translation>
    </message>
    <message>
        <source>Scripts that set %1 need the new passphrase.</source>
        <translation>設定 %1 的指令碼需要改用新口令。</translation>
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
        <translation>要寫入的 PDF 檔案。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Also write the figures as CSV.</source>
        <translation>同時以 CSV 格式寫出資料。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv] --data-dir DIR</source>
        <translation>用法：counterdesk-cli report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv] --data-dir DIR</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已簽署</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>'report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv]': the daily log (signed, or a draft); 'report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv]': the monthly service bulletin; 'report targets [--set KEY=VALUE]': the KPI targets.</source>
        <translation>'report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv]'：營業日誌（已簽署或草稿）；'report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv]'：客戶服務資訊簡報（月報）；'report targets [--set KEY=VALUE]'：服務指標目標。</translation>
    </message>
    <message>
        <source>daily: the business day.</source>
        <translation>daily：營業日。</translation>
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
        <translation>targets：修改一專案標（可重複）：%1。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>鍵=值</translation>
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
        <translation>“%1”不是月份：請寫作 YYYY-MM，例如 2026-11。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv] --data-dir DIR</source>
        <translation>用法：counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv] --data-dir DIR</translation>
    </message>
    <message>
        <source>%1 has not begun yet.</source>
        <translation>%1 尚未開始。</translation>
    </message>
    <message>
        <source>%1 to %2: %3 tickets, %4 complaints</source>
        <translation>%1 至 %2：取號 %3 張，投訴 %4 件</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, e.g. %1=95</source>
        <translation>--set 的格式為 鍵=值，例如 %1=95</translation>
    </message>
</context>
<context>
    <name>ResidentIdValidator</name>
    <message>
        <source>No identity number given.</source>
        <translation>未提供身份證號碼。</translation>
    </message>
    <message>
        <source>This is an old 15-digit identity number; only 18-character numbers are accepted.</source>
        <translation>這是舊的 15 位身份證號碼；只接受 18 位號碼。</translation>
    </message>
    <message>
        <source>18 characters expected, got %1.</source>
        <translation>應為 18 位，實際為 %1 位。</translation>
    </message>
    <message>
        <source>Character '%1' at position %2 is not a digit (the first 17 characters of an identity number are digits).</source>
        <translation>第 %2 位的 '%1' 不是數字（身份證號碼前 17 位均為數字）。</translation>
    </message>
    <message>
        <source>The last character must be a digit or X, not '%1'.</source>
        <translation>最後一位必須是數字或 X，而不是 '%1'。</translation>
    </message>
    <message>
        <source>Region code %1 does not start with a province-level code (%2 is not one).</source>
        <translation>行政區劃碼 %1 不是以省級程式碼開頭（%2 不是省級程式碼）。</translation>
    </message>
    <message>
        <source>Birth date %1 is not a real date.</source>
        <translation>出生日期 %1 不是真實存在的日期。</translation>
    </message>
    <message>
        <source>Birth date %1 is before 1900.</source>
        <translation>出生日期 %1 早於 1900 年。</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚於今天。</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2.</source>
        <translation>校驗碼應為 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>'restore --from FILE': check a backup, then put it in the place of the branch's database (kept as branch.db.before-restore-…).</source>
        <translation>'restore --from FILE'：檢查備份，然後用它替換網點的資料庫（原資料庫保留為 branch.db.before-restore-…）。</translation>
    </message>
    <message>
        <source>The backup to restore. It opens with the passphrase the branch had when it was made; the branch has that passphrase afterwards.</source>
        <translation>要恢復的備份。它用製作時網點的口令開啟；恢復後網點使用該口令。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli restore --data-dir DIR --from FILE [--passphrase-file FILE]</source>
        <translation>用法：counterdesk-cli restore --data-dir 目錄 --from 檔案 [--passphrase-file 檔案]</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>'serve --listen ADDR:PORT': runs the hall host (HTTPS API and push) until stopped.</source>
        <translation>'serve --listen 位址:連接埠'：執行大廳主機（HTTPS 介面與推送），直至停止。</translation>
    </message>
    <message>
        <source>The address and port to listen on (default 0.0.0.0:8443; port 0 picks a free one).</source>
        <translation>監聽的位址和連接埠（預設 0.0.0.0:8443；連接埠為 0 時自動選擇空閒連接埠）。</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>位址:連接埠</translation>
    </message>
    <message>
        <source>--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::]:8443.</source>
        <translation>--listen 的格式為 位址:連接埠，例如 0.0.0.0:8443 或 [::]:8443。</translation>
    </message>
    <message>
        <source>The hall host of %1 is running. Devices pin the certificate above. Stop with Ctrl+C or SIGTERM.</source>
        <translation>%1 的大廳主機正在執行。裝置須固定信任上方的憑證。按 Ctrl+C 或傳送 SIGTERM 停止。</translation>
    </message>
    <message>
        <source>The hall host stopped (signal %1).</source>
        <translation>大廳主機已停止（訊號 %1）。</translation>
    </message>
    <message>
        <source>Synced with head office: %1 events sent, acknowledged up to %2.</source>
        <translation>已與總部同步：傳送 %1 條事件，總部確認至第 %2 條。</translation>
    </message>
    <message>
        <source>Sync with head office failed: %1</source>
        <translation>與總部同步失敗：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue complaint(s) escalated to head office.</source>
        <translation>
            <numerusform>%n 件逾期投訴已上報總部。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nightly backup: %1 (%2 bytes, %3 audit entries); %n older backup(s) removed.</source>
        <translation>
            <numerusform>每晚備份：%1（%2 位元組，%3 條審計條目）；已刪除 %n 份較早的備份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nightly backup failed: %1</source>
        <translation>每晚備份失敗：%1</translation>
    </message>
</context>
<context>
    <name>ServePanel</name>
    <message>
        <source>Say:</source>
        <translation>請說：</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>問候</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>請稍等</translation>
    </message>
    <message>
        <source>Sorry to keep you</source>
        <translation>久等致歉</translation>
    </message>
    <message>
        <source>Farewell</source>
        <translation>送別</translation>
    </message>
    <message>
        <source>Customer and service</source>
        <translation>客戶與辦理事項</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>辦理事項(&amp;S)：</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>收費：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>證件號碼(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手機號碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Agent's name:</source>
        <translation>代辦人姓名：</translation>
    </message>
    <message>
        <source>Agent's ID number:</source>
        <translation>代辦人證件號碼：</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>開始辦理(&amp;O)</translation>
    </message>
    <message>
        <source>Notice number (second visit)</source>
        <translation>告知書編號（再次來辦）</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>續辦(&amp;R)</translation>
    </message>
    <message>
        <source>Document checklist</source>
        <translation>材料清單</translation>
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
        <translation>轉辦(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>列印預覽(&amp;P)…</translation>
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
        <translation>核對結果</translation>
    </message>
    <message>
        <source>Why not valid</source>
        <translation>無效原因</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>代辦人：%1</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>尚未開始辦理。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>Case %1, opened by %2</source>
        <translation>辦件 %1，首問負責人 %2</translation>
    </message>
    <message>
        <source>Case %1 (notice %2), owned by %3</source>
        <translation>辦件 %1（告知書 %2），首問負責人 %3</translation>
    </message>
    <message>
        <source>copy ×%1</source>
        <translation>影印件 ×%1</translation>
    </message>
    <message>
        <source>original and copy ×%1</source>
        <translation>原件及影印件 ×%1</translation>
    </message>
    <message>
        <source>original ×%1</source>
        <translation>原件 ×%1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核對</translation>
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
        <translation>無效</translation>
    </message>
    <message>
        <source>e.g. the copy is illegible</source>
        <translation>例如：影印件不清晰</translation>
    </message>
    <message>
        <source>Type why the document is not valid: the customer will read it on the notice.</source>
        <translation>請填寫材料無效的原因：客戶會在告知書上看到。</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>未能存檔</translation>
    </message>
    <message>
        <source>%1 %2 is recorded, but its PDF could not be archived: %3</source>
        <translation>%1 %2 已記錄，但其 PDF 未能存檔：%3</translation>
    </message>
    <message>
        <source>%1 %2 recorded and archived: %3</source>
        <translation>%1 %2 已記錄並存檔：%3</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知書</translation>
    </message>
    <message>
        <source>Accepted: case</source>
        <translation>已受理，辦件編號</translation>
    </message>
    <message>
        <source>Promised by %1%2</source>
        <translation>承諾辦結日期：%1%2</translation>
    </message>
    <message>
        <source> (provisional: the holiday calendar for that year is not published)</source>
        <translation>（暫定：該年度節假日安排尚未公佈）</translation>
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
        <translation>救濟途徑：</translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation>不予受理通知書</translation>
    </message>
    <message>
        <source>Refer to another department</source>
        <translation>轉其他部門辦理</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>承辦部門：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>轉辦告知單</translation>
    </message>
    <message>
        <source>Notes and replies (checked against the forbidden phrases):</source>
        <translation>備註與答覆（自動檢查服務禁語）：</translation>
    </message>
    <message>
        <source>Application &amp;form</source>
        <translation>申請書(&amp;F)</translation>
    </message>
    <message>
        <source>Print the service's application form, filled in, for the customer to check and sign</source>
        <translation>列印已預填的本事項申請書，供客戶核對簽字</translation>
    </message>
    <message>
        <source>&amp;Question to answer later…</source>
        <translation>登記待答覆諮詢(&amp;Q)…</translation>
    </message>
    <message>
        <source>Write down a question you cannot answer now: you own it and promise a reply</source>
        <translation>登記當場無法答覆的問題：由您負責並承諾答覆時限</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未列印</translation>
    </message>
    <message>
        <source>The application form could not be written: %1</source>
        <translation>申請書無法生成：%1</translation>
    </message>
    <message>
        <source>Application form ready: let the customer check and sign it, then mark it received in the checklist. %1</source>
        <translation>申請書已生成：請客戶核對簽字，然後在材料清單中標記為已收。%1</translation>
    </message>
    <message>
        <source>A question to answer later</source>
        <translation>登記待答覆諮詢</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>問題：</translation>
    </message>
    <message>
        <source>Customer's name:</source>
        <translation>客戶姓名：</translation>
    </message>
    <message>
        <source>Mobile phone (the answer goes by SMS):</source>
        <translation>手機號碼（答覆以簡訊傳送）：</translation>
    </message>
    <message>
        <source>Question %1 recorded. You own it: tell the customer the answer comes by %2.</source>
        <translation>諮詢 %1 已登記，由您負責：請告知客戶將於%2前答覆。</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>證件型別(&amp;T)：</translation>
    </message>
    <message>
        <source>Agent's ID type:</source>
        <translation>代辦人證件型別：</translation>
    </message>
    <message>
        <source>The day is signed — a manager must authorise</source>
        <translation>當日日誌已簽署——須經主管授權</translation>
    </message>
    <message>
        <source>Manager's login:</source>
        <translation>主管登入名：</translation>
    </message>
    <message>
        <source>Manager's password:</source>
        <translation>主管密碼：</translation>
    </message>
</context>
<context>
    <name>SignedDocument</name>
    <message>
        <source>not a valid JSON file (%1 at byte %2)</source>
        <translation>不是有效的 JSON 檔案（第 %2 位元組處：%1）</translation>
    </message>
    <message>
        <source>not a head-office document (it names no format)</source>
        <translation>不是總部檔案（未註明格式）</translation>
    </message>
    <message>
        <source>a %1 document, not a %2 document</source>
        <translation>這是 %1 檔案，不是 %2 檔案</translation>
    </message>
    <message>
        <source>the file holds no document</source>
        <translation>檔案中沒有內容</translation>
    </message>
    <message>
        <source>the document is not signed</source>
        <translation>檔案沒有簽名</translation>
    </message>
    <message>
        <source>unknown signature algorithm '%1'</source>
        <translation>未知簽名演算法 '%1'</translation>
    </message>
    <message>
        <source>signed by key %1, not by head office's pinned key %2</source>
        <translation>由公鑰 %1 簽名，而非本網點固定的總部公鑰 %2</translation>
    </message>
    <message>
        <source>the signature does not match the content: the document was changed after head office signed it</source>
        <translation>簽名與內容不符：檔案在總部簽名後被改動過</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>'simulate --from YYYY-MM-DD --days N --windows K': realistic hall days (tickets, cases, ratings, complaints) on days without records, for demos and benchmarks.</source>
        <translation>'simulate --from YYYY-MM-DD --days N --windows K'：在沒有記錄的日期上生成逼真的營業日（號票、業務件、評價、投訴），用於演示和效能測試。</translation>
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
        <translation>從第一天起的自然日天數（1 到 %1）；週末和節假日跳過。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many counter windows are open (1 to %1): the branch's first ones, and new ones beside them when it has fewer. Each gets customers enough to keep it about two-thirds busy, with a queue at the mid-morning peak.</source>
        <translation>開放的窗口數（1 到 %1）：使用本網點編號最小的窗口，不夠時在其後新增。每個窗口的客流約使其三分之二時間忙碌，上午高峰時會排隊。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same days (default 1).</source>
        <translation>隨機種子：相同的種子生成相同的營業日（預設 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The manager signs each simulated day's log in the evening.</source>
        <translation>值班經理在每個模擬營業日的傍晚簽署當日日誌。</translation>
    </message>
    <message>
        <source>First create the demo branch in the data folder, dated the morning of the first day (the folder must not hold a branch yet).</source>
        <translation>先在資料資料夾中建立演示網點，日期記為第一天早上（該資料夾中不能已有網點）。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli simulate --from YYYY-MM-DD --days N --windows K [--seed S] [--sign] [--init-demo] --data-dir DIR</source>
        <translation>用法：counterdesk-cli simulate --from YYYY-MM-DD --days N --windows K [--seed S] [--sign] [--init-demo] --data-dir DIR</translation>
    </message>
    <message>
        <source>--init-demo makes a new branch, but %1 already holds one.</source>
        <translation>--init-demo 要新建網點，但 %1 已存在。</translation>
    </message>
    <message>
        <source>Created the demo branch %1 in %2</source>
        <translation>已在 %2 建立演示網點 %1</translation>
    </message>
    <message>
        <source>%1: tickets %2, served %3, no-shows %4, cases accepted %5, notices %6, ratings %7, complaints %8, questions %9</source>
        <translation>%1：號票 %2，辦結 %3，過號 %4，受理 %5，一次性告知 %6，評價 %7，投訴 %8，待答覆問題 %9</translation>
    </message>
    <message numerus="yes">
        <source>Total, %n working day(s): tickets %1, served %2, no-shows %3, cases accepted %4, notices %5, ratings %6 (%7 bad), complaints %8, questions %9</source>
        <translation>
            <numerusform>合計 %n 個工作日：號票 %1，辦結 %2，過號 %3，受理 %4，一次性告知 %5，評價 %6（差評 %7），投訴 %8，待答覆問題 %9</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1 windows but only %2 staff who may serve, so some of them served at several windows at once.</source>
        <translation>注意：開放 %1 個窗口，但只有 %2 名可辦理業務的員工，因此有人同時在多個窗口辦理。</translation>
    </message>
    <message numerus="yes">
        <source>%n daily log(s) signed.</source>
        <translation>
            <numerusform>已簽署 %n 份日誌。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s for %2 audited events (%3 ms each); %4 weekend or holiday days skipped.</source>
        <translation>用時 %1 秒，共 %2 條審計事件（每條 %3 毫秒）；跳過週末或節假日 %4 天。</translation>
    </message>
</context>
<context>
    <name>SlotRules</name>
    <message>
        <source>Opening hours have at most seven days (Monday to Sunday), not %1.</source>
        <translation>營業時間最多七天（週一至週日），而不是 %1 天。</translation>
    </message>
    <message>
        <source>Opening hours: "%1" is not a range such as 09:00-12:00.</source>
        <translation>營業時間：“%1”不是形如 09:00-12:00 的時間段。</translation>
    </message>
    <message>
        <source>Slot rules need a service.</source>
        <translation>時段規則須指定業務。</translation>
    </message>
    <message>
        <source>A slot lasts from 5 to 480 minutes, not %1.</source>
        <translation>每個時段為 5 至 480 分鐘，而不是 %1 分鐘。</translation>
    </message>
    <message>
        <source>A slot has from 1 to 1000 places, not %1.</source>
        <translation>每個時段有 1 至 1000 個名額，而不是 %1 個。</translation>
    </message>
    <message>
        <source>Bookings open from 0 to 365 working days ahead, not %1.</source>
        <translation>可提前預約的天數為 0 至 365 個工作日，而不是 %1。</translation>
    </message>
    <message>
        <source>The booking cut-off is from 0 to 10080 minutes, not %1.</source>
        <translation>預約截止時間為時段前 0 至 10080 分鐘，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>SqlCommand</name>
    <message>
        <source>Run SQL on the decrypted database (read-only unless --write): the administrator's recovery path. Rows are printed tab-separated.</source>
        <translation>在解密後的資料庫上執行 SQL（除非加 --write，否則只讀）：供管理員恢復資料使用。各行以製表符分隔輸出。</translation>
    </message>
    <message>
        <source>Allow changes. They bypass the audit chain, which will report them.</source>
        <translation>允許修改。修改不經過審計鏈，審計鏈校驗會將其報告出來。</translation>
    </message>
    <message>
        <source>The SQL to run.</source>
        <translation>要執行的 SQL。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli sql --data-dir DIR "SELECT ..."</source>
        <translation>用法：counterdesk-cli sql --data-dir 目錄 "SELECT ..."</translation>
    </message>
</context>
<context>
    <name>StaffCommand</name>
    <message>
        <source>add: the sign-in name (a-z, 0-9, . _ -).</source>
        <translation>add：登入名（a-z、0-9、. _ -）。</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>add: the name shown on screens.</source>
        <translation>add：螢幕上顯示的姓名。</translation>
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
        <translation>add：此人可登入的窗口（預設：任意窗口）。</translation>
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
        <translation>--login 須為 2 至 32 個 a-z、0-9、'.'、'_' 或 '-' 字元。</translation>
    </message>
    <message>
        <source>--name must be 1 to 64 characters.</source>
        <translation>--name 須為 1 至 64 個字元。</translation>
    </message>
    <message>
        <source>--role must be one of: %1.</source>
        <translation>--role 須為以下之一：%1。</translation>
    </message>
    <message>
        <source>--windows takes window numbers from 1 to 999, separated by commas.</source>
        <translation>--windows 取 1 至 999 的窗口號，用逗號分隔。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was done.</source>
        <translation>兩次輸入的密碼不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters (from COUNTERDESK_STAFF_PASSWORD, or typed on a terminal).</source>
        <translation>密碼至少需要 8 個字元（取自 COUNTERDESK_STAFF_PASSWORD，或在終端上輸入）。</translation>
    </message>
    <message>
        <source>There is already a staff member %1.</source>
        <translation>已有員工 %1。</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>已新增 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>'staff add --login L --name NAME --role ROLE [--windows 1,2]' (password from COUNTERDESK_STAFF_PASSWORD or asked twice), 'staff list', 'staff disable|enable --login L', 'staff password --login L' (a new password, the same way).</source>
        <translation>'staff add --login L --name NAME --role ROLE [--windows 1,2]'（密碼取自 COUNTERDESK_STAFF_PASSWORD，或詢問兩次）、'staff list'、'staff disable|enable --login L'、'staff password --login L'（以同樣方式設定新密碼）。</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli staff add --login LOGIN --name NAME --role ROLE [--windows N,N] --data-dir DIR | staff list --data-dir DIR | staff disable|enable|password --login LOGIN --data-dir DIR</source>
        <translation>用法：counterdesk-cli staff add --login LOGIN --name NAME --role ROLE [--windows N,N] --data-dir DIR | staff list --data-dir DIR | staff disable|enable|password --login LOGIN --data-dir DIR</translation>
    </message>
    <message>
        <source>Say whose account: --login LOGIN.</source>
        <translation>請指明賬戶：--login LOGIN。</translation>
    </message>
    <message>
        <source>%1 is disabled: they cannot sign in, and their sign-ins at paired counters have ended.</source>
        <translation>%1 已停用：無法再登入，其在配對窗口機上的登入已全部結束。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登入。</translation>
    </message>
    <message>
        <source>%1 has a new password; their sign-ins at paired counters have ended.</source>
        <translation>%1 已設定新密碼；其在配對窗口機上的登入已全部結束。</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>Wrong name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>此賬號已停用，請聯絡系統管理員。</translation>
    </message>
    <message>
        <source>This account is locked after %1 wrong passwords until %2. Ask a manager, or try again then.</source>
        <translation>此賬號因密碼連續錯誤 %1 次已鎖定至 %2。請聯絡經理，或屆時再試。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>密碼錯誤。賬號現已鎖定 %n 分鐘。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong name or password. %n attempt(s) left before the account locks.</source>
        <translation>
            <numerusform>使用者名稱或密碼錯誤。再錯 %n 次賬號將被鎖定。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not serve at window %2 (allowed: %3).</source>
        <translation>%1 不能在 %2 號窗口辦理業務（可用窗口：%3）。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）無權%3。</translation>
    </message>
    <message>
        <source>The manager's name or password is wrong.</source>
        <translation>經理的使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>%1 is not a manager.</source>
        <translation>%1 不是大堂經理。</translation>
    </message>
    <message>
        <source>A second person must authorise this: a manager cannot authorise their own act.</source>
        <translation>此操作須由另一人授權：經理不能為自己的操作授權。</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>沒有工作人員 %1。</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 已是啟用狀態。</translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation>%1 已是停用狀態。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: add or enable another one first.</source>
        <translation>%1 是最後一名啟用中的管理員：請先新增或啟用另一名管理員。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密碼至少需要 8 個字元。</translation>
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
        <translation>58 公釐感熱捲紙</translation>
    </message>
    <message>
        <source>80 mm ticket roll</source>
        <translation>80 公釐感熱捲紙</translation>
    </message>
    <message>
        <source>A4 sheets</source>
        <translation>A4 紙</translation>
    </message>
    <message>
        <source>A5 sheets</source>
        <translation>A5 紙</translation>
    </message>
    <message>
        <source>The station has no name.</source>
        <translation>工作站沒有名稱。</translation>
    </message>
    <message>
        <source>Choose a printer, or print to PDF files in a folder.</source>
        <translation>請選擇印表機，或輸出為資料夾中的 PDF 檔案。</translation>
    </message>
    <message>
        <source>The kiosk prints tickets: choose 58 mm or 80 mm paper.</source>
        <translation>取號機列印號碼牌：請選擇 58 公釐或 80 公釐紙。</translation>
    </message>
    <message>
        <source>A counter prints forms: choose A4 or A5 paper.</source>
        <translation>櫃檯列印表單：請選擇 A4 或 A5 紙。</translation>
    </message>
    <message>
        <source>Only an administrator may %1.</source>
        <translation>只有系統管理員可以%1。</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <source>Printer settings</source>
        <translation>印表機設定</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>印表機(&amp;P)：</translation>
    </message>
    <message>
        <source>PDF to &amp;folder:</source>
        <translation>PDF 輸出到資料夾(&amp;F)：</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>紙張(&amp;A)：</translation>
    </message>
    <message>
        <source>Print a &amp;test ticket</source>
        <translation>列印測試號碼牌(&amp;T)</translation>
    </message>
    <message>
        <source>Where station %1 prints. Saved in the branch database; the change is logged.</source>
        <translation>工作站 %1 的列印位置。儲存在據點資料庫中，變更會記入日誌。</translation>
    </message>
    <message>
        <source>This PC has no printer installed: tickets go to PDF files.</source>
        <translation>本機未安裝印表機：號碼牌將輸出為 PDF 檔案。</translation>
    </message>
    <message>
        <source>Only an administrator may %1.</source>
        <translation>只有系統管理員可以%1。</translation>
    </message>
    <message>
        <source>The test page was printed.</source>
        <translation>測試頁已列印。</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未列印：%1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Head office's address (https://…) and certificate fingerprint are not set: counterdesk-cli sync config --hq URL --hq-pin SHA256:…</source>
        <translation>尚未設定總部地址（https://…）和證書指紋：counterdesk-cli sync config --hq URL --hq-pin SHA256:…</translation>
    </message>
    <message>
        <source>Head office cannot be reached (%1). Check the network; the sync will resume where it stopped.</source>
        <translation>無法連線總部（%1）。請檢查網路；同步將從中斷處繼續。</translation>
    </message>
    <message>
        <source>Head office refused this branch's signature (%1). Has head office registered this branch's key? See counterdesk-cli sync key.</source>
        <translation>總部拒絕了本網點的簽名（%1）。總部是否已登記本網點的公鑰？請見 counterdesk-cli sync key。</translation>
    </message>
    <message>
        <source>Head office answered %1: %2</source>
        <translation>總部答覆 %1：%2</translation>
    </message>
    <message>
        <source>Head office stored the events up to %1 but acknowledges only %2; the sync stops here. Head office's log says why.</source>
        <translation>總部已儲存至第 %1 條事件，但只確認到第 %2 條；同步在此停止。原因見總部日誌。</translation>
    </message>
    <message>
        <source>Head office says it holds this branch's events up to %1, but this branch has written only %2. Was either restored from a backup? The sync stops here: ask head office.</source>
        <translation>總部稱已保存本網點截至 %1 號的事件，但本網點只寫到 %2 號。是否有一方從備份還原過？同步到此停止：請聯絡總部。</translation>
    </message>
    <message>
        <source>Head office acknowledges the events up to %1, but was sent them only up to %2; the sync stops here. Head office's log says why.</source>
        <translation>總部確認收到截至 %1 號的事件，但只傳送到 %2 號；同步到此停止。原因見總部日誌。</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>'sync [--hq URL --hq-pin FINGERPRINT]': send the outbox to head office and take its catalogue and calendar; 'sync key', 'sync config', 'sync status'.</source>
        <translation>“sync [--hq URL --hq-pin 指紋]”：向總部發送待發事件並接收其業務目錄和日曆；另有“sync key”“sync config”“sync status”。</translation>
    </message>
    <message>
        <source>Head office's address (https://HOST:PORT).</source>
        <translation>總部地址（https://主機:埠）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Head office's certificate fingerprint (SHA256:…).</source>
        <translation>總部證書指紋（SHA256:…）。</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>config: the time of the nightly sync, after closing (HH:MM, local).</source>
        <translation>config：每晚閉廳後同步的時間（HH:MM，當地時間）。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli sync [run|key|config|status] --data-dir DIR [--hq URL --hq-pin FINGERPRINT] [--at HH:MM]</source>
        <translation>用法：counterdesk-cli sync [run|key|config|status] --data-dir 目錄 [--hq URL --hq-pin 指紋] [--at HH:MM]</translation>
    </message>
    <message>
        <source>Register it at head office: counterdesk-hq branch add %1 --public-key %2</source>
        <translation>請在總部登記：counterdesk-hq branch add %1 --public-key %2</translation>
    </message>
    <message>
        <source>--hq must be an https:// address.</source>
        <translation>--hq 必須是 https:// 地址。</translation>
    </message>
    <message>
        <source>--hq-pin must be a SHA-256 fingerprint (SHA256:AB:CD:…).</source>
        <translation>--hq-pin 必須是 SHA-256 指紋（SHA256:AB:CD:…）。</translation>
    </message>
    <message>
        <source>--at must be a time such as 21:30.</source>
        <translation>--at 必須是時間，例如 21:30。</translation>
    </message>
    <message>
        <source>Last sync attempt: %1</source>
        <translation>最近一次同步嘗試：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>最近一次成功同步：%1</translation>
    </message>
    <message>
        <source>Events waiting for head office: %1</source>
        <translation>待發往總部的事件：%1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近錯誤：%1</translation>
    </message>
    <message>
        <source>Events sent: %1 (new at head office: %2, already there: %3)</source>
        <translation>已傳送事件：%1（總部新增：%2，已存在：%3）</translation>
    </message>
    <message>
        <source>Acknowledged by head office up to event %1; %2 still to send.</source>
        <translation>總部已確認至第 %1 條事件；還有 %2 條待發送。</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>業務目錄：%1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>日曆：%1</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>用時 %1 毫秒。</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>no priority</source>
        <translation>無優先</translation>
    </message>
    <message>
        <source>elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>殘障人士</translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation>孕婦</translation>
    </message>
    <message>
        <source>with a small child</source>
        <translation>攜幼兒</translation>
    </message>
</context>
<context>
    <name>TicketCommand</name>
    <message>
        <source>'ticket issue --service CODE', 'reprint NUMBER --reason TEXT', 'status TOKEN': queue tickets (the number on line 1, the status URL on line 2).</source>
        <translation>'ticket issue --service 程式碼'、'reprint 號碼 --reason 原因'、'status 令牌'：排隊號（第 1 行為號碼，第 2 行為查詢網址）。</translation>
    </message>
    <message>
        <source>issue | reprint NUMBER | status TOKEN</source>
        <translation>issue | reprint 號碼 | status 令牌</translation>
    </message>
    <message>
        <source>issue: the service's code.</source>
        <translation>issue：業務程式碼。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>issue: a priority group: %1.</source>
        <translation>issue：優先群體：%1。</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>群體</translation>
    </message>
    <message>
        <source>Also print the ticket to this PDF file.</source>
        <translation>同時將排隊號輸出到此 PDF 檔案。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>The ticket roll: 80 (mm, default) or 58.</source>
        <translation>號票紙寬：80（毫米，預設）或 58。</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>reprint: why it is printed again.</source>
        <translation>reprint：補打原因。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli ticket issue --service CODE [--group GROUP] [--pdf FILE] [--paper 80|58] | reprint NUMBER --reason TEXT [--pdf FILE] | status TOKEN  --data-dir DIR</source>
        <translation>用法：counterdesk-cli ticket issue --service 程式碼 [--group 群體] [--pdf 檔案] [--paper 80|58] | reprint 號碼 --reason 原因 [--pdf 檔案] | status 令牌  --data-dir 目錄</translation>
    </message>
    <message>
        <source>Unknown priority group: %1 (one of: %2).</source>
        <translation>未知優先群體：%1（應為以下之一：%2）。</translation>
    </message>
    <message>
        <source>Say which service: --service CODE (see 'counterdesk-cli catalogue list').</source>
        <translation>請指明業務：--service 程式碼（見 'counterdesk-cli catalogue list'）。</translation>
    </message>
    <message>
        <source>No such ticket today: the token is unknown or has expired (a ticket is valid on its business day only).</source>
        <translation>今天沒有這個排隊號：令牌無效或已過期（排隊號僅在當日有效）。</translation>
    </message>
    <message>
        <source>ahead %1</source>
        <translation>前面 %1 人</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>約 %1 分鐘</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>%1 號窗口</translation>
    </message>
    <message>
        <source>reprint needs --pdf FILE.</source>
        <translation>reprint 需要 --pdf 檔案。</translation>
    </message>
</context>
<context>
    <name>TicketDesk</name>
    <message>
        <source>Your number is %1. Please take your ticket.</source>
        <translation>您的號碼是 %1，請取走號票。</translation>
    </message>
    <message>
        <source>Your number is %1. The ticket could not be printed (%2): please collect it at the service desk. Your place in the queue is kept.</source>
        <translation>您的號碼是 %1。號票未能列印（%2）：請到服務檯領取，您的排隊位置保留。</translation>
    </message>
</context>
<context>
    <name>TicketQueue</name>
    <message>
        <source>Unknown service: %1 (see 'counterdesk-cli catalogue list').</source>
        <translation>未知業務：%1（見 'counterdesk-cli catalogue list'）。</translation>
    </message>
    <message>
        <source>The service %1 has no queue prefix in the catalogue.</source>
        <translation>服務目錄中業務 %1 沒有排隊號字首。</translation>
    </message>
    <message>
        <source>No window serves %1 (%2): an administrator must add it to a window first ('counterdesk-cli queue window').</source>
        <translation>沒有窗口辦理 %1（%2）：須由管理員先將其加入某個窗口（'counterdesk-cli queue window'）。</translation>
    </message>
    <message>
        <source>A booked ticket needs its slot's start time.</source>
        <translation>預約號需要其時段的開始時間。</translation>
    </message>
    <message>
        <source>Ticket %1 issued for %2.</source>
        <translation>已為 %2 發放 %1 號。</translation>
    </message>
    <message>
        <source>There is no window %1.</source>
        <translation>沒有 %1 號窗口。</translation>
    </message>
    <message>
        <source>Window %1 is still attending %2: finish, park, transfer it or mark it a no-show first.</source>
        <translation>%1 號窗口仍在接待 %2：請先辦結、暫掛、轉移或標記過號。</translation>
    </message>
    <message>
        <source>Nobody is waiting for window %1.</source>
        <translation>%1 號窗口沒有人等候。</translation>
    </message>
    <message>
        <source>Window %1 calls %2.</source>
        <translation>%1 號窗口呼叫 %2。</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>今天沒有 %1 號。</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be called now (it is %2).</source>
        <translation>%1 號現在不能呼叫（狀態：%2）。</translation>
    </message>
    <message>
        <source>Window %1 has no ticket called or in service.</source>
        <translation>%1 號窗口沒有已呼叫或正在辦理的號。</translation>
    </message>
    <message>
        <source>%1 is already being served.</source>
        <translation>%1 正在辦理中。</translation>
    </message>
    <message>
        <source>%1 has been recalled %2 times: mark it as a no-show.</source>
        <translation>%1 已重呼 %2 次：請標記為過號。</translation>
    </message>
    <message>
        <source>Window %1 calls %2 again (recall %3 of %4).</source>
        <translation>%1 號窗口再次呼叫 %2（第 %3/%4 次重呼）。</translation>
    </message>
    <message>
        <source>%1 is being served; it cannot be a no-show.</source>
        <translation>%1 正在辦理，不能標記為過號。</translation>
    </message>
    <message>
        <source>%1 has been recalled %2 of %3 times: recall it before marking it a no-show.</source>
        <translation>%1 已重呼 %2/%3 次：標記過號前請先重呼。</translation>
    </message>
    <message>
        <source>%1 did not come: marked as a no-show.</source>
        <translation>%1 未到，已標記為過號。</translation>
    </message>
    <message>
        <source>%1 is parked; call it again with resume.</source>
        <translation>%1 已暫掛；請用“恢復”重新呼叫。</translation>
    </message>
    <message>
        <source>Say where to transfer to: another service, another window, or both.</source>
        <translation>請說明轉往何處：其他業務、其他窗口，或兩者。</translation>
    </message>
    <message>
        <source>No window serves %1.</source>
        <translation>沒有窗口辦理 %1。</translation>
    </message>
    <message>
        <source>%1 is already at window %2.</source>
        <translation>%1 已在 %2 號窗口。</translation>
    </message>
    <message>
        <source>%1 is transferred to window %2.</source>
        <translation>%1 已轉至 %2 號窗口。</translation>
    </message>
    <message>
        <source>%1 is transferred to %2.</source>
        <translation>%1 已轉至 %2。</translation>
    </message>
    <message>
        <source>Window %1 serves %2.</source>
        <translation>%1 號窗口開始辦理 %2。</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>%1 已辦結。</translation>
    </message>
    <message>
        <source>A reprint needs a reason (e.g. paper jam).</source>
        <translation>補打需要說明原因（例如卡紙）。</translation>
    </message>
    <message>
        <source>The reason is too long (at most 200 characters).</source>
        <translation>原因太長（最多 200 個字元）。</translation>
    </message>
    <message>
        <source>Reprint of %1 logged.</source>
        <translation>已記錄 %1 的補打。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the branch database</source>
        <translation>開啟網點資料庫</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Remember in this computer's &amp;keychain</source>
        <translation>在本機鑰匙串中記住(&amp;K)</translation>
    </message>
    <message>
        <source>Enter the passphrase of the branch database
%1</source>
        <translation>請輸入網點資料庫的口令
%1</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>請輸入口令。</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>鑰匙串不可用</translation>
    </message>
    <message>
        <source>The passphrase could not be kept in this computer's keychain (%1). CounterDesk will ask for it again next time.</source>
        <translation>口令未能儲存到本機鑰匙串（%1）。下次啟動時 CounterDesk 會再次詢問。</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>Line %1: a second header for %2 (the first is on line %3).</source>
        <translation>第 %1 行：%2 年的第二個標題（第一個在第 %3 行）。</translation>
    </message>
    <message>
        <source>Line %1: 3 tab-separated columns expected (date, kind, name), got %2.</source>
        <translation>第 %1 行：應有 3 個以製表符分隔的列（日期、型別、名稱），實際有 %2 列。</translation>
    </message>
    <message>
        <source>Line %1: '%2' is not a date of the form YYYY-MM-DD.</source>
        <translation>第 %1 行：'%2' 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a real date.</source>
        <translation>第 %1 行：%2 不是真實存在的日期。</translation>
    </message>
    <message>
        <source>Line %1: unknown kind '%2' (expected off or work).</source>
        <translation>第 %1 行：未知型別 '%2'（應為 off 或 work）。</translation>
    </message>
    <message>
        <source>Line %1: the name (third column) is empty.</source>
        <translation>第 %1 行：名稱（第三列）為空。</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice (first on line %3).</source>
        <translation>第 %1 行：%2 重複列出（首次出現在第 %3 行）。</translation>
    </message>
    <message>
        <source>Line %1: the entry for %2 comes before any '# YYYY:' year header.</source>
        <translation>第 %1 行：%2 的條目出現在任何 '# YYYY:' 年份標題之前。</translation>
    </message>
    <message>
        <source>Line %1: %2 does not belong in the section for %3 (only dates in %3 or in December %4 do).</source>
        <translation>第 %1 行：%2 不屬於 %3 年的部分（只能是 %3 年或 %4 年 12 月的日期）。</translation>
    </message>
    <message>
        <source>The calendar has no entries.</source>
        <translation>日曆中沒有任何條目。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: counterdesk-cli COMMAND [OPTIONS]</source>
        <translation>用法：counterdesk-cli 命令 [選項]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>'counterdesk-cli COMMAND --help' describes a command.</source>
        <translation>'counterdesk-cli 命令 --help' 顯示該命令的說明。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 refused or bad input; 2 cannot open the database (no or wrong passphrase, missing, damaged or newer file); 3 audit chain broken.</source>
        <translation>退出碼：0 成功；1 被拒絕或輸入有誤；2 無法開啟資料庫（無口令或口令錯誤、檔案缺失、損壞或版本更新）；3 審計鏈斷裂。</translation>
    </message>
    <message>
        <source>Environment: COUNTERDESK_PASSPHRASE holds the database passphrase for scripts.</source>
        <translation>環境變數：COUNTERDESK_PASSPHRASE 供指令碼提供資料庫口令。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
</context>
</TS>