<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CounterDesk</source>
        <translation>About CounterDesk</translation>
    </message>
    <message>
        <source>CounterDesk %1</source>
        <translation>CounterDesk %1</translation>
    </message>
    <message>
        <source>Counter software for service halls: queue tickets, scripted service, document checklists, one-time notices and acceptance receipts, with every record encrypted and every change audited.</source>
        <translation>Counter software for service halls: queue tickets, scripted service, document checklists, one-time notices and acceptance receipts, with every record encrypted and every change audited.</translation>
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
        <translation>Unknown service: %1 (see 'counterdesk-cli catalogue list').</translation>
    </message>
    <message>
        <source>The service %1 takes no bookings.</source>
        <translation>The service %1 takes no bookings.</translation>
    </message>
    <message>
        <source>%1 is not a working day: there are no slots (weekends and public holidays are closed, make-up working days open).</source>
        <translation>%1 is not a working day: there are no slots (weekends and public holidays are closed, make-up working days open).</translation>
    </message>
    <message>
        <source>The service %1 takes no bookings on %2: it is closed that day.</source>
        <translation>The service %1 takes no bookings on %2: it is closed that day.</translation>
    </message>
    <message>
        <source>The name must be 1 to %1 characters long.</source>
        <translation>The name must be 1 to %1 characters long.</translation>
    </message>
    <message>
        <source>The slot needs a date and a time.</source>
        <translation>The slot needs a date and a time.</translation>
    </message>
    <message>
        <source>The service %1 (%2) takes no bookings.</source>
        <translation>The service %1 (%2) takes no bookings.</translation>
    </message>
    <message>
        <source>%1 is not a working day: no bookings on weekends and public holidays.</source>
        <translation>%1 is not a working day: no bookings on weekends and public holidays.</translation>
    </message>
    <message>
        <source>The service takes no bookings on %1: it is closed that day.</source>
        <translation>The service takes no bookings on %1: it is closed that day.</translation>
    </message>
    <message>
        <source>No slot starts at %1 on %2: the slots start at %3.</source>
        <translation>No slot starts at %1 on %2: the slots start at %3.</translation>
    </message>
    <message>
        <source>Bookings open %1 working days ahead: the last day that can be booked today is %2.</source>
        <translation>Bookings open %1 working days ahead: the last day that can be booked today is %2.</translation>
    </message>
    <message>
        <source>Booking for %1 at %2 closed at %3 (%4 minutes before the slot).</source>
        <translation>Booking for %1 at %2 closed at %3 (%4 minutes before the slot).</translation>
    </message>
    <message numerus="yes">
        <source>This phone number cannot book until %1: %n missed bookings within %2 days, the last on %3.</source>
        <translation>
            <numerusform>This phone number cannot book until %1: %n missed bookings within %2 days, the last on %3.</numerusform>
            <numerusform>This phone number cannot book until %1: %n missed bookings within %2 days, the last on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The slot at %1 on %2 is full (%n places).</source>
        <translation>
            <numerusform>The slot at %1 on %2 is full (%n places).</numerusform>
            <numerusform>The slot at %1 on %2 is full (%n places).</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked %1 at %2 for %3: code %4.</source>
        <translation>Booked %1 at %2 for %3: code %4.</translation>
    </message>
    <message>
        <source>No booking has the code %1.</source>
        <translation>No booking has the code %1.</translation>
    </message>
    <message>
        <source>The booking %1 is %2: only a booking not yet checked in can be cancelled.</source>
        <translation>The booking %1 is %2: only a booking not yet checked in can be cancelled.</translation>
    </message>
    <message>
        <source>The booking for %1 at %2 can no longer be cancelled: cancelling closed at %3 (%4 minutes before the slot).</source>
        <translation>The booking for %1 at %2 can no longer be cancelled: cancelling closed at %3 (%4 minutes before the slot).</translation>
    </message>
    <message>
        <source>The booking %1 is cancelled; its place is free again.</source>
        <translation>The booking %1 is cancelled; its place is free again.</translation>
    </message>
    <message>
        <source>The booking %1 is already checked in: ticket %2.</source>
        <translation>The booking %1 is already checked in: ticket %2.</translation>
    </message>
    <message>
        <source>The booking %1 was cancelled.</source>
        <translation>The booking %1 was cancelled.</translation>
    </message>
    <message>
        <source>Too early for the booking at %1: please come back at %2.</source>
        <translation>Too early for the booking at %1: please come back at %2.</translation>
    </message>
    <message>
        <source>The booking is for %1 at %2: please come back that day at %3.</source>
        <translation>The booking is for %1 at %2: please come back that day at %3.</translation>
    </message>
    <message>
        <source>Too late for the booking at %1: check-in closed at %2. Please take an ordinary ticket instead.</source>
        <translation>Too late for the booking at %1: check-in closed at %2. Please take an ordinary ticket instead.</translation>
    </message>
    <message>
        <source>Checked in: ticket %1.</source>
        <translation>Checked in: ticket %1.</translation>
    </message>
    <message>
        <source>A slot has from 0 to 999 places, not %1.</source>
        <translation>A slot has from 0 to 999 places, not %1.</translation>
    </message>
    <message>
        <source>%1 on %2: %3 places per slot (were %4).</source>
        <translation>%1 on %2: %3 places per slot (were %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) beyond the new places are kept: call or message these customers.</source>
        <translation>
            <numerusform>%n booking(s) beyond the new places are kept: call or message these customers.</numerusform>
            <numerusform>%n booking(s) beyond the new places are kept: call or message these customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This number missed %n bookings within %1 days: it cannot book online until %2; please ask the customer to come or to cancel in time.</source>
        <translation>
            <numerusform>This number missed %n bookings within %1 days: it cannot book online until %2; please ask the customer to come or to cancel in time.</numerusform>
            <numerusform>This number missed %n bookings within %1 days: it cannot book online until %2; please ask the customer to come or to cancel in time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentCommand</name>
    <message>
        <source>book, slots: the service's code.</source>
        <translation>book, slots: the service's code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>book, slots, list: the slot's day (the branch's date).</source>
        <translation>book, slots, list: the slot's day (the branch's date).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>book: the slot's start (the branch's time).</source>
        <translation>book: the slot's start (the branch's time).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>book: the customer's name.</source>
        <translation>book: the customer's name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>book: the customer's mobile number.</source>
        <translation>book: the customer's mobile number.</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>Say which day: --date YYYY-MM-DD.</source>
        <translation>Say which day: --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Say which service: --service CODE (see 'counterdesk-cli catalogue list').</source>
        <translation>Say which service: --service CODE (see 'counterdesk-cli catalogue list').</translation>
    </message>
    <message>
        <source>Say which slot: --time HH:MM.</source>
        <translation>Say which slot: --time HH:MM.</translation>
    </message>
    <message>
        <source>'appointment book|slots|cancel CODE|checkin CODE|list|rules': bookings of slots (the code on line 1, the booking's URL on line 2) and the services' slot rules.</source>
        <translation>'appointment book|slots|cancel CODE|checkin CODE|list|rules': bookings of slots (the code on line 1, the booking's URL on line 2) and the services' slot rules.</translation>
    </message>
    <message>
        <source>book | slots | cancel CODE | checkin CODE | list | rules</source>
        <translation>book | slots | cancel CODE | checkin CODE | list | rules</translation>
    </message>
    <message>
        <source>rules: the length of a slot.</source>
        <translation>rules: the length of a slot.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>rules: the places of each slot.</source>
        <translation>rules: the places of each slot.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>rules: opening hours per weekday, Monday first, e.g. "09:00-12:00,13:30-16:30;09:00-12:00" (';' between days; days left out are closed; "" closes every day).</source>
        <translation>rules: opening hours per weekday, Monday first, e.g. "09:00-12:00,13:30-16:30;09:00-12:00" (';' between days; days left out are closed; "" closes every day).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <source>rules: how many working days ahead can be booked.</source>
        <translation>rules: how many working days ahead can be booked.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>rules: booking and cancelling close this long before a slot.</source>
        <translation>rules: booking and cancelling close this long before a slot.</translation>
    </message>
    <message>
        <source>places: also send the customers beyond the new places an SMS.</source>
        <translation>places: also send the customers beyond the new places an SMS.</translation>
    </message>
    <message>
        <source>The service %1 takes no bookings.</source>
        <translation>The service %1 takes no bookings.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 must be a whole number.</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli appointment book --service CODE --date YYYY-MM-DD --time HH:MM --name NAME --phone PHONE | slots --service CODE --date YYYY-MM-DD | cancel CODE | checkin CODE | list --date YYYY-MM-DD | rules [--service CODE [--slot-minutes N] [--places N] [--hours HOURS] [--days-ahead N] [--cutoff-minutes N]] | places --service CODE --date YYYY-MM-DD --places N [--message]  --data-dir DIR</source>
        <translation>Usage: counterdesk-cli appointment book --service CODE --date YYYY-MM-DD --time HH:MM --name NAME --phone PHONE | slots --service CODE --date YYYY-MM-DD | cancel CODE | checkin CODE | list --date YYYY-MM-DD | rules [--service CODE [--slot-minutes N] [--places N] [--hours HOURS] [--days-ahead N] [--cutoff-minutes N]] | places --service CODE --date YYYY-MM-DD --places N [--message]  --data-dir DIR</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS queued for the nightly sync.</source>
        <translation>
            <numerusform>%n SMS queued for the nightly sync.</numerusform>
            <numerusform>%n SMS queued for the nightly sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentDesk</name>
    <message>
        <source>You are checked in for your booking at %1. Your number is %2: please take your ticket.</source>
        <translation>You are checked in for your booking at %1. Your number is %2: please take your ticket.</translation>
    </message>
    <message>
        <source>You are checked in for your booking at %1. Your number is %2. The ticket could not be printed: please see the service desk with your number; your place in the queue is kept.</source>
        <translation>You are checked in for your booking at %1. Your number is %2. The ticket could not be printed: please see the service desk with your number; your place in the queue is kept.</translation>
    </message>
    <message>
        <source>It is too early to check in for your booking at %1. Please come back at %2.</source>
        <translation>It is too early to check in for your booking at %1. Please come back at %2.</translation>
    </message>
    <message>
        <source>Your booking is on %1 at %2. Please come back that day at %3.</source>
        <translation>Your booking is on %1 at %2. Please come back that day at %3.</translation>
    </message>
    <message>
        <source>Check-in for your booking at %1 closed at %2. You can take an ordinary ticket for the same service now.</source>
        <translation>Check-in for your booking at %1 closed at %2. You can take an ordinary ticket for the same service now.</translation>
    </message>
    <message>
        <source>This code is not a booking of this hall. Please type the 8-character code from your booking slip or message, or ask at the service desk.</source>
        <translation>This code is not a booking of this hall. Please type the 8-character code from your booking slip or message, or ask at the service desk.</translation>
    </message>
    <message>
        <source>No booking has the code %1. Please check the code on your booking slip or message, or ask at the service desk.</source>
        <translation>No booking has the code %1. Please check the code on your booking slip or message, or ask at the service desk.</translation>
    </message>
    <message>
        <source>The booking %1 was cancelled. Please take an ordinary ticket, or ask at the service desk.</source>
        <translation>The booking %1 was cancelled. Please take an ordinary ticket, or ask at the service desk.</translation>
    </message>
    <message>
        <source>The booking %1 is already checked in: its number is %2.</source>
        <translation>The booking %1 is already checked in: its number is %2.</translation>
    </message>
</context>
<context>
    <name>AppointmentSettings</name>
    <message>
        <source>Unknown setting: %1</source>
        <translation>Unknown setting: %1</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 must be a whole number from %2 to %3.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>entry %1 is missing (deleted)</source>
        <translation>entry %1 is missing (deleted)</translation>
    </message>
    <message>
        <source>entry %1 is out of order</source>
        <translation>entry %1 is out of order</translation>
    </message>
    <message>
        <source>entry %1 does not match its hash (edited)</source>
        <translation>entry %1 does not match its hash (edited)</translation>
    </message>
    <message>
        <source>entry %1 goes back to an earlier business day (%2)</source>
        <translation>entry %1 goes back to an earlier business day (%2)</translation>
    </message>
    <message>
        <source>the anchor of business day %1 does not match entry %2</source>
        <translation>the anchor of business day %1 does not match entry %2</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2 (deleted or reordered)</source>
        <translation>entry %1 does not follow entry %2 (deleted or reordered)</translation>
    </message>
    <message>
        <source>entries from %1 on are missing (deleted)</source>
        <translation>entries from %1 on are missing (deleted)</translation>
    </message>
    <message>
        <source>an anchor names a business day that has no entries</source>
        <translation>an anchor names a business day that has no entries</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>'audit verify': check the audit chain. Prints 'ok N entries' (exit 0), or names the first bad entry (exit 3).</source>
        <translation>'audit verify': check the audit chain. Prints 'ok N entries' (exit 0), or names the first bad entry (exit 3).</translation>
    </message>
    <message>
        <source>Verify the chain.</source>
        <translation>Verify the chain.</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli audit verify --data-dir DIR</source>
        <translation>Usage: counterdesk-cli audit verify --data-dir DIR</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>'backup --out FILE': an encrypted copy of the branch, consistent, made while it is in use; 'backup config' sets the hall host's nightly backups.</source>
        <translation>'backup --out FILE': an encrypted copy of the branch, consistent, made while it is in use; 'backup config' sets the hall host's nightly backups.</translation>
    </message>
    <message>
        <source>Nothing: make a backup (--out). config: show or change the nightly backups of the hall host (--at, --keep).</source>
        <translation>Nothing: make a backup (--out). config: show or change the nightly backups of the hall host (--at, --keep).</translation>
    </message>
    <message>
        <source>The backup file to write (encrypted with the branch's passphrase).</source>
        <translation>The backup file to write (encrypted with the branch's passphrase).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Replace FILE if it exists.</translation>
    </message>
    <message>
        <source>config: the time of the nightly backup (HH:MM, branch time; default 22:00).</source>
        <translation>config: the time of the nightly backup (HH:MM, branch time; default 22:00).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>config: how many nightly backups to keep in DATA_DIR/backups (default %1).</source>
        <translation>config: how many nightly backups to keep in DATA_DIR/backups (default %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli backup --data-dir DIR --out FILE [--force], or counterdesk-cli backup config --data-dir DIR [--at HH:MM] [--keep N]</source>
        <translation>Usage: counterdesk-cli backup --data-dir DIR --out FILE [--force], or counterdesk-cli backup config --data-dir DIR [--at HH:MM] [--keep N]</translation>
    </message>
    <message>
        <source>--at must be a time such as 22:00.</source>
        <translation>--at must be a time such as 22:00.</translation>
    </message>
    <message>
        <source>--keep must be a number from 1 to 3650.</source>
        <translation>--keep must be a number from 1 to 3650.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Size: %1 bytes</translation>
    </message>
    <message>
        <source>Data version (user_version): %1</source>
        <translation>Data version (user_version): %1</translation>
    </message>
    <message>
        <source>Audit entries: the chain does not verify (%1)</source>
        <translation>Audit entries: the chain does not verify (%1)</translation>
    </message>
    <message>
        <source>The branch's audit chain is broken; the backup is a faithful copy of it. See 'counterdesk-cli audit verify'.</source>
        <translation>The branch's audit chain is broken; the backup is a faithful copy of it. See 'counterdesk-cli audit verify'.</translation>
    </message>
    <message>
        <source>Audit entries: %1 (the chain verifies)</source>
        <translation>Audit entries: %1 (the chain verifies)</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>Took %1 ms.</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>%1 already exists. Choose another name, or add --force to replace it. Nothing was written.</source>
        <translation>%1 already exists. Choose another name, or add --force to replace it. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is a folder.</translation>
    </message>
    <message>
        <source>%1 is the branch's own database: write the backup to another file.</source>
        <translation>%1 is the branch's own database: write the backup to another file.</translation>
    </message>
    <message>
        <source>The new backup did not read back correctly (%1); it was deleted. Check the disk.</source>
        <translation>The new backup did not read back correctly (%1); it was deleted. Check the disk.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2. Nothing was written.</source>
        <translation>Could not write the backup %1: %2. Nothing was written.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>There is no backup file at %1.</translation>
    </message>
    <message>
        <source>%1 does not open with this passphrase, or is not a CounterDesk backup. Give the passphrase the branch had when the backup was made (--passphrase-file FILE).</source>
        <translation>%1 does not open with this passphrase, or is not a CounterDesk backup. Give the passphrase the branch had when the backup was made (--passphrase-file FILE).</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a CounterDesk backup.</source>
        <translation>%1 is an encrypted database, but not a CounterDesk backup.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a CounterDesk backup.</source>
        <translation>%1 is an unencrypted SQLite file, not a CounterDesk backup.</translation>
    </message>
    <message>
        <source>%1 was made by a newer CounterDesk: install that version or a newer one to use it.</source>
        <translation>%1 was made by a newer CounterDesk: install that version or a newer one to use it.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged. Use another backup.</source>
        <translation>%1 is truncated or damaged. Use another backup.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Use another backup.</source>
        <translation>%1 is damaged (%2). Use another backup.</translation>
    </message>
    <message>
        <source>broken at entry %1: %2</source>
        <translation>broken at entry %1: %2</translation>
    </message>
    <message>
        <source>The audit chain in %1 does not verify (%2): its records may have been changed. Use another backup.</source>
        <translation>The audit chain in %1 does not verify (%2): its records may have been changed. Use another backup.</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>Branch</name>
    <message>
        <source>The branch needs a name.</source>
        <translation>The branch needs a name.</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>Unknown time zone: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>A branch code is 2 to 12 capital letters or digits (e.g. BJ0101).</source>
        <translation>A branch code is 2 to 12 capital letters or digits (e.g. BJ0101).</translation>
    </message>
    <message>
        <source>The daily log of %1 is signed: a manager must authorise any further change to that day.</source>
        <translation>The daily log of %1 is signed: a manager must authorise any further change to that day.</translation>
    </message>
</context>
<context>
    <name>BranchRegistry</name>
    <message>
        <source>'%1' is not a branch code: 1 to 32 letters, digits, '-' or '_'.</source>
        <translation>'%1' is not a branch code: 1 to 32 letters, digits, '-' or '_'.</translation>
    </message>
    <message>
        <source>The public key must be the branch's Ed25519 public key in base64 (44 characters), as 'counterdesk-cli sync key' prints it.</source>
        <translation>The public key must be the branch's Ed25519 public key in base64 (44 characters), as 'counterdesk-cli sync key' prints it.</translation>
    </message>
    <message>
        <source>Branch %1 is already registered; nothing was changed.</source>
        <translation>Branch %1 is already registered; nothing was changed.</translation>
    </message>
    <message>
        <source>Branch %1 is already revoked.</source>
        <translation>Branch %1 is already revoked.</translation>
    </message>
    <message>
        <source>No branch %1 is registered.</source>
        <translation>No branch %1 is registered.</translation>
    </message>
</context>
<context>
    <name>BranchRekey</name>
    <message>
        <source>No new passphrase was given. Nothing was changed.</source>
        <translation>No new passphrase was given. Nothing was changed.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one. Nothing was changed.</source>
        <translation>The new passphrase is the current one. Nothing was changed.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak (strength %1 of 4, at least %2 needed). Choose four or more unrelated words. Nothing was changed.</source>
        <translation>The new passphrase is too weak (strength %1 of 4, at least %2 needed). Choose four or more unrelated words. Nothing was changed.</translation>
    </message>
    <message>
        <source>There is no branch database at %1.</source>
        <translation>There is no branch database at %1.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>The passphrase was not changed: %1</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1 could not be written back into the database. Try again.</source>
        <translation>The passphrase was not changed: %1 could not be written back into the database. Try again.</translation>
    </message>
    <message>
        <source>The branch database now opens with the new passphrase only.</source>
        <translation>The branch database now opens with the new passphrase only.</translation>
    </message>
</context>
<context>
    <name>BranchRestore</name>
    <message>
        <source>There is no backup file at %1. Nothing was changed.</source>
        <translation>There is no backup file at %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is the branch's own database, not a backup. Nothing was changed.</source>
        <translation>%1 is the branch's own database, not a backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the data folder: %2. Nothing was changed.</source>
        <translation>Cannot copy %1 into the data folder: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot keep the current database as %1: %2. Nothing was changed.</source>
        <translation>Cannot keep the current database as %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside: %2. The branch was not restored; its database is as it was.</source>
        <translation>Cannot move %1 aside: %2. The branch was not restored; its database is as it was.</translation>
    </message>
    <message>
        <source>Cannot put the restored database in place: %1. The database it was to replace is kept as %2.</source>
        <translation>Cannot put the restored database in place: %1. The database it was to replace is kept as %2.</translation>
    </message>
    <message>
        <source>Restored %1 (data version %2, %3 audit entries). The database it replaced is kept as %4.</source>
        <translation>Restored %1 (data version %2, %3 audit entries). The database it replaced is kept as %4.</translation>
    </message>
    <message>
        <source>Restored %1 (data version %2, %3 audit entries) into %4.</source>
        <translation>Restored %1 (data version %2, %3 audit entries) into %4.</translation>
    </message>
    <message>
        <source>The restore could not be written into the audit chain: %1</source>
        <translation>The restore could not be written into the audit chain: %1</translation>
    </message>
</context>
<context>
    <name>CalendarUpdate</name>
    <message>
        <source>This branch has no head office key pinned: no calendar can be trusted.</source>
        <translation>This branch has no head office key pinned: no calendar can be trusted.</translation>
    </message>
    <message>
        <source>The calendar was refused: %1</source>
        <translation>The calendar was refused: %1</translation>
    </message>
    <message>
        <source>The calendar was refused: its version is not a positive number.</source>
        <translation>The calendar was refused: its version is not a positive number.</translation>
    </message>
    <message>
        <source>Calendar version %1 is already in force.</source>
        <translation>Calendar version %1 is already in force.</translation>
    </message>
    <message>
        <source>The calendar was refused: version %1 is older than version %2 in force.</source>
        <translation>The calendar was refused: version %1 is older than version %2 in force.</translation>
    </message>
    <message>
        <source>Calendar version %1 is in force (years %2).</source>
        <translation>Calendar version %1 is in force (years %2).</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>being served</source>
        <translation>being served</translation>
    </message>
    <message>
        <source>waiting for documents</source>
        <translation>waiting for documents</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>processing</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>extended</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>ready to collect</source>
        <translation>ready to collect</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>collected</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>referred</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation>%1 (due soon)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>CaseListWindow</name>
    <message>
        <source>My cases (and those I hold as proxy)</source>
        <translation>My cases (and those I hold as proxy)</translation>
    </message>
    <message>
        <source>All of the branch's cases</source>
        <translation>All of the branch's cases</translation>
    </message>
    <message>
        <source>Cases and questions</source>
        <translation>Cases and questions</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>Next &amp;step</translation>
    </message>
    <message>
        <source>&amp;Collection notice</source>
        <translation>&amp;Collection notice</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <source>&amp;Reprint receipt…</source>
        <translation>&amp;Reprint receipt…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel case…</source>
        <translation>Ca&amp;ncel case…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Print preview…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Answer…</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>Hand &amp;over…</translation>
    </message>
    <message>
        <source>Questions to answer</source>
        <translation>Questions to answer</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>%1 is recorded, but its PDF could not be written: %2. Use Print preview to print it.</source>
        <translation>%1 is recorded, but its PDF could not be written: %2. Use Print preview to print it.</translation>
    </message>
    <message>
        <source>%1 archived: %2</source>
        <translation>%1 archived: %2</translation>
    </message>
    <message>
        <source>Case %1 becomes %2</source>
        <translation>Case %1 becomes %2</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <source>The case is ready: the customer's SMS is queued. Print a collection notice if they want one.</source>
        <translation>The case is ready: the customer's SMS is queued. Print a collection notice if they want one.</translation>
    </message>
    <message>
        <source>The case is now %1.</source>
        <translation>The case is now %1.</translation>
    </message>
    <message>
        <source>Collection notice %1</source>
        <translation>Collection notice %1</translation>
    </message>
    <message>
        <source>Extend case %1</source>
        <translation>Extend case %1</translation>
    </message>
    <message>
        <source>New date (YYYY-MM-DD):</source>
        <translation>New date (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>"%1" is not a date: type it as 2026-12-31.</source>
        <translation>"%1" is not a date: type it as 2026-12-31.</translation>
    </message>
    <message>
        <source>Case extended to %1; the customer is told by SMS.</source>
        <translation>Case extended to %1; the customer is told by SMS.</translation>
    </message>
    <message>
        <source>Hand case %1 to a colleague</source>
        <translation>Hand case %1 to a colleague</translation>
    </message>
    <message>
        <source>Colleague's login:</source>
        <translation>Colleague's login:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Case handed to %1.</source>
        <translation>Case handed to %1.</translation>
    </message>
    <message>
        <source>Reprint the receipt of case %1 — needs a manager</source>
        <translation>Reprint the receipt of case %1 — needs a manager</translation>
    </message>
    <message>
        <source>Manager's login:</source>
        <translation>Manager's login:</translation>
    </message>
    <message>
        <source>Manager's password:</source>
        <translation>Manager's password:</translation>
    </message>
    <message>
        <source>Receipt reprint %1</source>
        <translation>Receipt reprint %1</translation>
    </message>
    <message>
        <source>Cancel case %1 — needs a manager</source>
        <translation>Cancel case %1 — needs a manager</translation>
    </message>
    <message>
        <source>Case cancelled, authorised by %1.</source>
        <translation>Case cancelled, authorised by %1.</translation>
    </message>
    <message>
        <source>Answer question %1</source>
        <translation>Answer question %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>Question %1 answered.</source>
        <translation>Question %1 answered.</translation>
    </message>
    <message>
        <source>Hand question %1 to a colleague</source>
        <translation>Hand question %1 to a colleague</translation>
    </message>
    <message>
        <source>Question %1 handed to %2.</source>
        <translation>Question %1 handed to %2.</translation>
    </message>
    <message>
        <source>The day is signed — a manager must authorise</source>
        <translation>The day is signed — a manager must authorise</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>The name is missing.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>Identity number: %1</source>
        <translation>Identity number: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Service %1 is no longer in the catalogue.</source>
        <translation>Service %1 is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>Unknown service %1.</source>
        <translation>Unknown service %1.</translation>
    </message>
    <message>
        <source>Unknown condition %1.</source>
        <translation>Unknown condition %1.</translation>
    </message>
    <message>
        <source>The agent's details are missing.</source>
        <translation>The agent's details are missing.</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>The checklist can only change while the case is open.</source>
        <translation>The checklist can only change while the case is open.</translation>
    </message>
    <message>
        <source>Documents can only be checked while the case is open.</source>
        <translation>Documents can only be checked while the case is open.</translation>
    </message>
    <message>
        <source>A document is received, missing or invalid, not '%1'.</source>
        <translation>A document is received, missing or invalid, not '%1'.</translation>
    </message>
    <message>
        <source>Say why the document is not valid: the customer reads it on the notice.</source>
        <translation>Say why the document is not valid: the customer reads it on the notice.</translation>
    </message>
    <message>
        <source>The checklist has no item %1.</source>
        <translation>The checklist has no item %1.</translation>
    </message>
    <message>
        <source>A notice is given for an open case, not one that is %1.</source>
        <translation>A notice is given for an open case, not one that is %1.</translation>
    </message>
    <message>
        <source>Check every document first: "%1" is not marked yet.</source>
        <translation>Check every document first: "%1" is not marked yet.</translation>
    </message>
    <message>
        <source>Nothing is missing: accept the application instead.</source>
        <translation>Nothing is missing: accept the application instead.</translation>
    </message>
    <message>
        <source>No case has the notice number %1.</source>
        <translation>No case has the notice number %1.</translation>
    </message>
    <message>
        <source>Case %1 is not waiting for documents (it is %2).</source>
        <translation>Case %1 is not waiting for documents (it is %2).</translation>
    </message>
    <message>
        <source>Only an open case can be accepted; this one is %1.</source>
        <translation>Only an open case can be accepted; this one is %1.</translation>
    </message>
    <message>
        <source>"%1" is not received: give a one-time notice of what is missing instead.</source>
        <translation>"%1" is not received: give a one-time notice of what is missing instead.</translation>
    </message>
    <message>
        <source>Only an open case can be refused; this one is %1.</source>
        <translation>Only an open case can be refused; this one is %1.</translation>
    </message>
    <message>
        <source>A refusal needs its reasons and the way to appeal.</source>
        <translation>A refusal needs its reasons and the way to appeal.</translation>
    </message>
    <message>
        <source>A referral names the department, a contact person and their phone (首问负责制).</source>
        <translation>A referral names the department, a contact person and their phone (首问负责制).</translation>
    </message>
    <message>
        <source>The case is already %1.</source>
        <translation>The case is already %1.</translation>
    </message>
    <message>
        <source>Say why the case is cancelled.</source>
        <translation>Say why the case is cancelled.</translation>
    </message>
    <message>
        <source>A case that is %1 cannot become %2.</source>
        <translation>A case that is %1 cannot become %2.</translation>
    </message>
    <message>
        <source>Only a case in progress can be extended.</source>
        <translation>Only a case in progress can be extended.</translation>
    </message>
    <message>
        <source>An extension needs its reason and a new date later than %1.</source>
        <translation>An extension needs its reason and a new date later than %1.</translation>
    </message>
    <message>
        <source>There is no active colleague called %1.</source>
        <translation>There is no active colleague called %1.</translation>
    </message>
    <message>
        <source>Say in a note what the colleague needs to know.</source>
        <translation>Say in a note what the colleague needs to know.</translation>
    </message>
    <message>
        <source>Name an active colleague other than yourself as proxy.</source>
        <translation>Name an active colleague other than yourself as proxy.</translation>
    </message>
    <message>
        <source>A proxy needs a reason and an end in the future.</source>
        <translation>A proxy needs a reason and an end in the future.</translation>
    </message>
    <message>
        <source>Only a ready case has a collection notice; this one is %1.</source>
        <translation>Only a ready case has a collection notice; this one is %1.</translation>
    </message>
    <message>
        <source>Case %1 was never accepted: it has no receipt.</source>
        <translation>Case %1 was never accepted: it has no receipt.</translation>
    </message>
    <message>
        <source>Say why the receipt is printed again.</source>
        <translation>Say why the receipt is printed again.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>%1: '%2' needs at least a zh_CN text</source>
        <translation>%1: '%2' needs at least a zh_CN text</translation>
    </message>
    <message>
        <source>%1: limit '%2' needs 1 to 366 days</source>
        <translation>%1: limit '%2' needs 1 to 366 days</translation>
    </message>
    <message>
        <source>%1: limit '%2' must be in working or natural days</source>
        <translation>%1: limit '%2' must be in working or natural days</translation>
    </message>
    <message>
        <source>the catalogue has no version number</source>
        <translation>the catalogue has no version number</translation>
    </message>
    <message>
        <source>the catalogue defines no sectors</source>
        <translation>the catalogue defines no sectors</translation>
    </message>
    <message>
        <source>forbidden phrase '%1' names an unknown stage '%2'</source>
        <translation>forbidden phrase '%1' names an unknown stage '%2'</translation>
    </message>
    <message>
        <source>forbidden phrase '%1'</source>
        <translation>forbidden phrase '%1'</translation>
    </message>
    <message>
        <source>a forbidden phrase needs the phrase and its alternative</source>
        <translation>a forbidden phrase needs the phrase and its alternative</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>fee %1</translation>
    </message>
    <message>
        <source>every fee needs a unique code (%1)</source>
        <translation>every fee needs a unique code (%1)</translation>
    </message>
    <message>
        <source>%1: priceFen must be a whole number of fen, 0 or more</source>
        <translation>%1: priceFen must be a whole number of fen, 0 or more</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>service code '%1' must be 2-32 capital letters, digits or hyphens</source>
        <translation>service code '%1' must be 2-32 capital letters, digits or hyphens</translation>
    </message>
    <message>
        <source>service code %1 appears twice</source>
        <translation>service code %1 appears twice</translation>
    </message>
    <message>
        <source>%1: unknown sector '%2'</source>
        <translation>%1: unknown sector '%2'</translation>
    </message>
    <message>
        <source>%1: request type must be one of %2</source>
        <translation>%1: request type must be one of %2</translation>
    </message>
    <message>
        <source>%1: the queue prefix must be one capital letter</source>
        <translation>%1: the queue prefix must be one capital letter</translation>
    </message>
    <message>
        <source>%1: checklist names an unknown document '%2'</source>
        <translation>%1: checklist names an unknown document '%2'</translation>
    </message>
    <message>
        <source>%1: document form must be original, copy or original+copy</source>
        <translation>%1: document form must be original, copy or original+copy</translation>
    </message>
    <message>
        <source>%1: a document count must be 1 to 99</source>
        <translation>%1: a document count must be 1 to 99</translation>
    </message>
    <message>
        <source>%1: unknown condition '%2'</source>
        <translation>%1: unknown condition '%2'</translation>
    </message>
    <message>
        <source>%1: unknown form '%2'</source>
        <translation>%1: unknown form '%2'</translation>
    </message>
    <message>
        <source>%1: unknown fee '%2'</source>
        <translation>%1: unknown fee '%2'</translation>
    </message>
    <message>
        <source>%1: unknown script set '%2'</source>
        <translation>%1: unknown script set '%2'</translation>
    </message>
    <message>
        <source>%1: unknown stage '%2'</source>
        <translation>%1: unknown stage '%2'</translation>
    </message>
    <message>
        <source>the catalogue has no services</source>
        <translation>the catalogue has no services</translation>
    </message>
</context>
<context>
    <name>CatalogueCommand</name>
    <message>
        <source>'catalogue verify FILE', 'import FILE', 'export --out FILE', 'list': the service catalogue signed by head office. 'sign' is head office's tool.</source>
        <translation>'catalogue verify FILE', 'import FILE', 'export --out FILE', 'list': the service catalogue signed by head office. 'sign' is head office's tool.</translation>
    </message>
    <message>
        <source>verify FILE | import FILE | export | list | sign</source>
        <translation>verify FILE | import FILE | export | list | sign</translation>
    </message>
    <message>
        <source>Where export and sign write.</source>
        <translation>Where export and sign write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>sign: the unsigned catalogue document (JSON).</source>
        <translation>sign: the unsigned catalogue document (JSON).</translation>
    </message>
    <message>
        <source>sign: head office's private key file (base64 of the 32-byte seed).</source>
        <translation>sign: head office's private key file (base64 of the 32-byte seed).</translation>
    </message>
    <message>
        <source>sign: use the public demo head-office key.</source>
        <translation>sign: use the public demo head-office key.</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli catalogue verify|import FILE | export --out FILE | list  --data-dir DIR</source>
        <translation>Usage: counterdesk-cli catalogue verify|import FILE | export --out FILE | list  --data-dir DIR</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>This branch has no catalogue yet.</source>
        <translation>This branch has no catalogue yet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>sign needs --key FILE (or --demo-key).</source>
        <translation>sign needs --key FILE (or --demo-key).</translation>
    </message>
    <message>
        <source>The key file must hold the base64 of a 32-byte Ed25519 seed.</source>
        <translation>The key file must hold the base64 of a 32-byte Ed25519 seed.</translation>
    </message>
    <message>
        <source>sign needs --in FILE, the catalogue document.</source>
        <translation>sign needs --in FILE, the catalogue document.</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Not signed: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueUpdate</name>
    <message>
        <source>Refused: this branch has no head-office key pinned, so no catalogue can be trusted. Pin one at set-up (counterdesk-cli init --hq-key).</source>
        <translation>Refused: this branch has no head-office key pinned, so no catalogue can be trusted. Pin one at set-up (counterdesk-cli init --hq-key).</translation>
    </message>
    <message>
        <source>Refused: %1. Nothing was changed.</source>
        <translation>Refused: %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>Refused: the catalogue is signed but malformed (%1). Nothing was changed.</source>
        <translation>Refused: the catalogue is signed but malformed (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>Refused: version %1 is older than version %2, which is in force. Nothing was changed.</source>
        <translation>Refused: version %1 is older than version %2, which is in force. Nothing was changed.</translation>
    </message>
    <message>
        <source>Refused: a different document with the same version %1 is already in force; head office must issue a new version. Nothing was changed.</source>
        <translation>Refused: a different document with the same version %1 is already in force; head office must issue a new version. Nothing was changed.</translation>
    </message>
    <message>
        <source>Version %1 is already in force; nothing to do.</source>
        <translation>Version %1 is already in force; nothing to do.</translation>
    </message>
    <message>
        <source>Valid: catalogue version %1 of %2, %3 services and %4 fees, signed by head office (key %5).</source>
        <translation>Valid: catalogue version %1 of %2, %3 services and %4 fees, signed by head office (key %5).</translation>
    </message>
    <message>
        <source>Applied catalogue version %1: %2 services, %3 fees.</source>
        <translation>Applied catalogue version %1: %2 services, %3 fees.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>'check id|uscc|phone VALUE': print 'valid' (exit 0) or what is wrong (exit 1).</source>
        <translation>'check id|uscc|phone VALUE': print 'valid' (exit 0) or what is wrong (exit 1).</translation>
    </message>
    <message>
        <source>id (resident identity number), uscc (unified social credit code) or phone (mainland mobile number).</source>
        <translation>id (resident identity number), uscc (unified social credit code) or phone (mainland mobile number).</translation>
    </message>
    <message>
        <source>The value to check.</source>
        <translation>The value to check.</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli check id|uscc|phone VALUE</source>
        <translation>Usage: counterdesk-cli check id|uscc|phone VALUE</translation>
    </message>
    <message numerus="yes">
        <source>Expected a kind and one value, got %n argument(s).</source>
        <translation>
            <numerusform>Expected a kind and one value, got %n argument.</numerusform>
            <numerusform>Expected a kind and one value, got %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown kind '%1'.</source>
        <translation>Unknown kind '%1'.</translation>
    </message>
</context>
<context>
    <name>CheckedTextEdit</name>
    <message>
        <source>Use the standard phrase</source>
        <translation>Use the standard phrase</translation>
    </message>
    <message>
        <source>Avoid saying “%1”; say instead: %2</source>
        <translation>Avoid saying “%1”; say instead: %2</translation>
    </message>
    <message>
        <source>Avoid saying “%1”</source>
        <translation>Avoid saying “%1”</translation>
    </message>
    <message>
        <source>Say instead: %1</source>
        <translation>Say instead: %1</translation>
    </message>
    <message>
        <source>Right-click, or press Alt+Enter at the phrase, to use it.</source>
        <translation>Right-click, or press Alt+Enter at the phrase, to use it.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Try 'counterdesk-cli %1 --help'.</source>
        <translation>Try 'counterdesk-cli %1 --help'.</translation>
    </message>
    <message>
        <source>The branch's data folder (default: %1).</source>
        <translation>The branch's data folder (default: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Read the database passphrase from the first line of FILE (else: the %1 environment variable, the keychain, or a prompt on a terminal).</source>
        <translation>Read the database passphrase from the first line of FILE (else: the %1 environment variable, the keychain, or a prompt on a terminal).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Database passphrase: </source>
        <translation>Database passphrase: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was done.</source>
        <translation>The two passphrases differ; nothing was done.</translation>
    </message>
    <message>
        <source>No passphrase: give --passphrase-file FILE or set %1. CounterDesk never creates or opens an unencrypted database.</source>
        <translation>No passphrase: give --passphrase-file FILE or set %1. CounterDesk never creates or opens an unencrypted database.</translation>
    </message>
    <message>
        <source>(Keychain: %1.)</source>
        <translation>(Keychain: %1.)</translation>
    </message>
</context>
<context>
    <name>ComplaintBook</name>
    <message>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>By letter</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Transferred by head office</source>
        <translation>Transferred by head office</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>By SMS</source>
        <translation>By SMS</translation>
    </message>
    <message>
        <source>Sign in to record a complaint.</source>
        <translation>Sign in to record a complaint.</translation>
    </message>
    <message>
        <source>Unknown channel %1 (one of: %2).</source>
        <translation>Unknown channel %1 (one of: %2).</translation>
    </message>
    <message>
        <source>Write down who complains (at most %1 characters).</source>
        <translation>Write down who complains (at most %1 characters).</translation>
    </message>
    <message>
        <source>Write down what the complaint is about (at most %1 characters).</source>
        <translation>Write down what the complaint is about (at most %1 characters).</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>There is no staff member called %1.</source>
        <translation>There is no staff member called %1.</translation>
    </message>
    <message>
        <source>The service code is too long.</source>
        <translation>The service code is too long.</translation>
    </message>
    <message>
        <source>There is no complaint number %1.</source>
        <translation>There is no complaint number %1.</translation>
    </message>
    <message>
        <source>Sign in to add a note.</source>
        <translation>Sign in to add a note.</translation>
    </message>
    <message>
        <source>Complaint %1 is closed.</source>
        <translation>Complaint %1 is closed.</translation>
    </message>
    <message>
        <source>Write the note (at most %1 characters).</source>
        <translation>Write the note (at most %1 characters).</translation>
    </message>
    <message>
        <source>Complaint %1 is already closed.</source>
        <translation>Complaint %1 is already closed.</translation>
    </message>
    <message>
        <source>A complaint closes only with the answer given to the customer: write it down.</source>
        <translation>A complaint closes only with the answer given to the customer: write it down.</translation>
    </message>
    <message>
        <source>The answer is too long (at most %1 characters).</source>
        <translation>The answer is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Say how the customer was answered (one of: %1).</source>
        <translation>Say how the customer was answered (one of: %1).</translation>
    </message>
    <message>
        <source>The complaint has no phone number for an SMS.</source>
        <translation>The complaint has no phone number for an SMS.</translation>
    </message>
</context>
<context>
    <name>ComplaintCommand</name>
    <message>
        <source>'complaint add|list|note ID|close ID|escalate': complaints, one line each (phones masked).</source>
        <translation>'complaint add|list|note ID|close ID|escalate': complaints, one line each (phones masked).</translation>
    </message>
    <message>
        <source>add | list | note ID | close ID | escalate</source>
        <translation>add | list | note ID | close ID | escalate</translation>
    </message>
    <message>
        <source>The staff member who acts (their login).</source>
        <translation>The staff member who acts (their login).</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>add: how it came in: %1.</source>
        <translation>add: how it came in: %1.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>add: the complainant's name.</source>
        <translation>add: the complainant's name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>add: the complainant's mobile number.</source>
        <translation>add: the complainant's mobile number.</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>add: what the complaint is about.</source>
        <translation>add: what the complaint is about.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>add: the staff member concerned (login).</source>
        <translation>add: the staff member concerned (login).</translation>
    </message>
    <message>
        <source>add: the service concerned (code).</source>
        <translation>add: the service concerned (code).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>note: the progress note.</source>
        <translation>note: the progress note.</translation>
    </message>
    <message>
        <source>close: the answer given to the customer.</source>
        <translation>close: the answer given to the customer.</translation>
    </message>
    <message>
        <source>close: how it was given: %1.</source>
        <translation>close: how it was given: %1.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>HOW</translation>
    </message>
    <message>
        <source>list: closed ones too.</source>
        <translation>list: closed ones too.</translation>
    </message>
    <message>
        <source>list: only open ones due within N working days (reminders).</source>
        <translation>list: only open ones due within N working days (reminders).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli complaint add --as LOGIN --name NAME --matter TEXT [--channel CHANNEL] [--phone PHONE] [--staff LOGIN] [--service CODE] | list [--all] [--due-within N] | note ID --as LOGIN --text TEXT | close ID --as LOGIN --answer TEXT --via HOW | escalate  --data-dir DIR</source>
        <translation>Usage: counterdesk-cli complaint add --as LOGIN --name NAME --matter TEXT [--channel CHANNEL] [--phone PHONE] [--staff LOGIN] [--service CODE] | list [--all] [--due-within N] | note ID --as LOGIN --text TEXT | close ID --as LOGIN --answer TEXT --via HOW | escalate  --data-dir DIR</translation>
    </message>
    <message>
        <source>A complaint is named by its number, e.g. 'complaint note 3'.</source>
        <translation>A complaint is named by its number, e.g. 'complaint note 3'.</translation>
    </message>
    <message>
        <source>--due-within takes a number of working days.</source>
        <translation>--due-within takes a number of working days.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) escalated to head office.</source>
        <translation>
            <numerusform>%n complaint(s) escalated to head office.</numerusform>
            <numerusform>%n complaint(s) escalated to head office.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who acts with --as LOGIN (an active staff member).</source>
        <translation>Say who acts with --as LOGIN (an active staff member).</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Overdue, escalated</source>
        <translation>Overdue, escalated</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Show answered complaints too</source>
        <translation>Show answered complaints too</translation>
    </message>
    <message>
        <source>&amp;Record a complaint…</source>
        <translation>&amp;Record a complaint…</translation>
    </message>
    <message>
        <source>Progress &amp;note…</source>
        <translation>Progress &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Close with the answer…</source>
        <translation>&amp;Close with the answer…</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Answered:</translation>
    </message>
    <message>
        <source>Select a complaint to see its progress notes.</source>
        <translation>Select a complaint to see its progress notes.</translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation>Complaint %1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Answered (%1): %2</source>
        <translation>Answered (%1): %2</translation>
    </message>
    <message>
        <source>Record a complaint</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Mobile phone (optional)</source>
        <translation>Mobile phone (optional)</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <source>Staff concerned (login, optional)</source>
        <translation>Staff concerned (login, optional)</translation>
    </message>
    <message>
        <source>Service concerned (code, optional)</source>
        <translation>Service concerned (code, optional)</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Answer to the customer</source>
        <translation>Answer to the customer</translation>
    </message>
    <message>
        <source>The answer given</source>
        <translation>The answer given</translation>
    </message>
    <message>
        <source>Co&amp;mplaints…</source>
        <translation>Co&amp;mplaints…</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
</context>
<context>
    <name>CreditCodeValidator</name>
    <message>
        <source>No credit code given.</source>
        <translation>No credit code given.</translation>
    </message>
    <message>
        <source>18 characters expected, got %1.</source>
        <translation>18 characters expected, got %1.</translation>
    </message>
    <message>
        <source>Character '%1' at position %2 is not allowed in a credit code (it uses digits and capital letters except I, O, S, V and Z).</source>
        <translation>Character '%1' at position %2 is not allowed in a credit code (it uses digits and capital letters except I, O, S, V and Z).</translation>
    </message>
    <message>
        <source>The first character (registering authority) is '%1'; the standard defines only 1 to 9, A, N and Y.</source>
        <translation>The first character (registering authority) is '%1'; the standard defines only 1 to 9, A, N and Y.</translation>
    </message>
    <message>
        <source>The second character (organisation type) is '%1', which is not defined for registering authority %2 (allowed: %3).</source>
        <translation>The second character (organisation type) is '%1', which is not defined for registering authority %2 (allowed: %3).</translation>
    </message>
    <message>
        <source>Characters 3 to 8 are the region code and must be digits, not %1.</source>
        <translation>Characters 3 to 8 are the region code and must be digits, not %1.</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2.</source>
        <translation>The check character should be %1, not %2.</translation>
    </message>
</context>
<context>
    <name>CutOffSetting</name>
    <message>
        <source>The setting %1 is '%2', which is not a time of the form HH:MM (e.g. 16:30); the default cut-off %3 applies.</source>
        <translation>The setting %1 is '%2', which is not a time of the form HH:MM (e.g. 16:30); the default cut-off %3 applies.</translation>
    </message>
</context>
<context>
    <name>DailyLog</name>
    <message>
        <source>The remarks are too long (at most %1 characters).</source>
        <translation>The remarks are too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>%1 has not happened yet.</source>
        <translation>%1 has not happened yet.</translation>
    </message>
    <message>
        <source>Unknown kind of entry: %1.</source>
        <translation>Unknown kind of entry: %1.</translation>
    </message>
    <message>
        <source>Describe what happened (at most %1 characters).</source>
        <translation>Describe what happened (at most %1 characters).</translation>
    </message>
    <message>
        <source>Daily log</source>
        <translation>Daily log</translation>
    </message>
    <message>
        <source>Business day %1</source>
        <translation>Business day %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>signed by %1 at %2 (revision %3)</source>
        <translation>signed by %1 at %2 (revision %3)</translation>
    </message>
    <message>
        <source>draft, not signed</source>
        <translation>draft, not signed</translation>
    </message>
    <message>
        <source>Tickets:</source>
        <translation>Tickets:</translation>
    </message>
    <message>
        <source>%1 issued, %2 served, %3 no-shows</source>
        <translation>%1 issued, %2 served, %3 no-shows</translation>
    </message>
    <message>
        <source>Waits:</source>
        <translation>Waits:</translation>
    </message>
    <message>
        <source>Service time:</source>
        <translation>Service time:</translation>
    </message>
    <message>
        <source>average %1 (min:s)</source>
        <translation>average %1 (min:s)</translation>
    </message>
    <message>
        <source>Window %1: %2 served, %3 no-shows, service average %4</source>
        <translation>Window %1: %2 served, %3 no-shows, service average %4</translation>
    </message>
    <message>
        <source>Cases opened: %1; one-time notices: %2; accepted: %3</source>
        <translation>Cases opened: %1; one-time notices: %2; accepted: %3</translation>
    </message>
    <message>
        <source>Refused: %1; referred: %2; cancelled: %3</source>
        <translation>Refused: %1; referred: %2; cancelled: %3</translation>
    </message>
    <message>
        <source>Ready: %1; extended: %2; overdue: %3</source>
        <translation>Ready: %1; extended: %2; overdue: %3</translation>
    </message>
    <message>
        <source>Questions recorded: %1; answered: %2; reprints: %3</source>
        <translation>Questions recorded: %1; answered: %2; reprints: %3</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>Equipment fault</source>
        <translation>Equipment fault</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>By service</translation>
    </message>
    <message>
        <source>By window</source>
        <translation>By window</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Incidents and equipment faults</source>
        <translation>Incidents and equipment faults</translation>
    </message>
    <message>
        <source>Manager's remarks: %1</source>
        <translation>Manager's remarks: %1</translation>
    </message>
    <message>
        <source>Digest (SHA-256): %1</source>
        <translation>Digest (SHA-256): %1</translation>
    </message>
    <message>
        <source>Hall manager:</source>
        <translation>Hall manager:</translation>
    </message>
    <message>
        <source>average %1, 90% within %2 (min:s)</source>
        <translation>average %1, 90% within %2 (min:s)</translation>
    </message>
    <message>
        <source>%1: %2 issued, %3 served, wait average %4, 90% within %5</source>
        <translation>%1: %2 issued, %3 served, wait average %4, 90% within %5</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Bookings for today's slots: %1; checked in: %2 (served: %3); no-shows: %4; still to come: %5; cancelled: %6</source>
        <translation>Bookings for today's slots: %1; checked in: %2 (served: %3); no-shows: %4; still to come: %5; cancelled: %6</translation>
    </message>
    <message>
        <source>Booked customers waited on average %1, 90% within %2 (%3 called); walk-ins %4, 90% within %5 (%6 called)</source>
        <translation>Booked customers waited on average %1, 90% within %2 (%3 called); walk-ins %4, 90% within %5 (%6 called)</translation>
    </message>
</context>
<context>
    <name>DailyLogDialog</name>
    <message>
        <source>Daily log</source>
        <translation>Daily log</translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation>Business day:</translation>
    </message>
    <message>
        <source>Manager's remarks (signed with the log):</source>
        <translation>Manager's remarks (signed with the log):</translation>
    </message>
    <message>
        <source>Record an &amp;incident…</source>
        <translation>Record an &amp;incident…</translation>
    </message>
    <message>
        <source>Record an &amp;equipment fault…</source>
        <translation>Record an &amp;equipment fault…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF</source>
        <translation>Save as &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Sign the log</source>
        <translation>&amp;Sign the log</translation>
    </message>
    <message>
        <source>Correction %1 signed.</source>
        <translation>Correction %1 signed.</translation>
    </message>
    <message>
        <source>The log is signed. Further changes to this day need a manager's authorisation.</source>
        <translation>The log is signed. Further changes to this day need a manager's authorisation.</translation>
    </message>
    <message>
        <source>Record an equipment fault</source>
        <translation>Record an equipment fault</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Record an incident</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>Recorded for today's log.</source>
        <translation>Recorded for today's log.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No passphrase was given. CounterDesk never creates or opens an unencrypted database.</source>
        <translation>No passphrase was given. CounterDesk never creates or opens an unencrypted database.</translation>
    </message>
    <message>
        <source>A branch database already exists at %1; it was left as it was.</source>
        <translation>A branch database already exists at %1; it was left as it was.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Could not create %1: %2</translation>
    </message>
    <message>
        <source>There is no branch database at %1. Create one with 'counterdesk-cli init', or start CounterDesk to set one up.</source>
        <translation>There is no branch database at %1. Create one with 'counterdesk-cli init', or start CounterDesk to set one up.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a CounterDesk database. CounterDesk never opens unencrypted files; nothing was changed.</source>
        <translation>%1 is an unencrypted SQLite file, not a CounterDesk database. CounterDesk never opens unencrypted files; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged (its size, %2 bytes, is not a whole number of pages). Nothing was changed; restore it from a backup.</source>
        <translation>%1 is truncated or damaged (its size, %2 bytes, is not a whole number of pages). Nothing was changed; restore it from a backup.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged. Nothing was changed; restore it from a backup.</source>
        <translation>%1 is truncated or damaged. Nothing was changed; restore it from a backup.</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a CounterDesk database. Nothing was changed.</source>
        <translation>%1 is an encrypted database, but not a CounterDesk database. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 was written by a newer CounterDesk (data version %2; this program knows up to %3). Install the newer version; nothing was changed.</source>
        <translation>%1 was written by a newer CounterDesk (data version %2; this program knows up to %3). Install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is open in another program (an SQLCipher client?). Close it and try again. Nothing was changed.</source>
        <translation>%1 is open in another program (an SQLCipher client?). Close it and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it was.</source>
        <translation>%1 already exists; it was left as it was.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>Cannot create the lock file %1: %2</translation>
    </message>
    <message>
        <source>The branch is in use: a CounterDesk window, the hall host or another counterdesk-cli command has it open. Close every CounterDesk window on this computer and stop the hall host (systemctl stop counterdesk-hall), then try again. Nothing was changed.</source>
        <translation>The branch is in use: a CounterDesk window, the hall host or another counterdesk-cli command has it open. Close every CounterDesk window on this computer and stop the hall host (systemctl stop counterdesk-hall), then try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>The branch database is being restored or given a new passphrase (counterdesk-cli restore or rekey). Try again when that has finished.</source>
        <translation>The branch database is being restored or given a new passphrase (counterdesk-cli restore or rekey). Try again when that has finished.</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>Wrong passphrase, or not a CounterDesk database. Nothing was changed.</source>
        <translation>Wrong passphrase, or not a CounterDesk database. Nothing was changed.</translation>
    </message>
    <message>
        <source>The branch database is damaged or truncated (%1). Nothing was changed; restore it from a backup.</source>
        <translation>The branch database is damaged or truncated (%1). Nothing was changed; restore it from a backup.</translation>
    </message>
    <message>
        <source>The disk is full: this change was not saved. Free some disk space and try again; nothing else was lost.</source>
        <translation>The disk is full: this change was not saved. Free some disk space and try again; nothing else was lost.</translation>
    </message>
    <message>
        <source>The branch database cannot be written (%1). Check that its folder is writable and the disk is mounted.</source>
        <translation>The branch database cannot be written (%1). Check that its folder is writable and the disk is mounted.</translation>
    </message>
    <message>
        <source>The branch database is busy in another program. Try again in a moment.</source>
        <translation>The branch database is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the data: %1</source>
        <translation>The change breaks a rule of the data: %1</translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved; check the disk.</source>
        <translation>The disk reported an error (%1). Nothing was saved; check the disk.</translation>
    </message>
    <message>
        <source>Database error: %1 (code %2)</source>
        <translation>Database error: %1 (code %2)</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <source>'device add --role counter|kiosk|display --name NAME', 'list', 'revoke --id N': devices paired with the hall host.</source>
        <translation>'device add --role counter|kiosk|display --name NAME', 'list', 'revoke --id N': devices paired with the hall host.</translation>
    </message>
    <message>
        <source>add: counter, kiosk or display.</source>
        <translation>add: counter, kiosk or display.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>add: the device's name (e.g. "Window 3").</source>
        <translation>add: the device's name (e.g. "Window 3").</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>revoke: the device's number (see list).</source>
        <translation>revoke: the device's number (see list).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli device add --role counter|kiosk|display --name NAME | list | revoke --id N  --data-dir DIR</source>
        <translation>Usage: counterdesk-cli device add --role counter|kiosk|display --name NAME | list | revoke --id N  --data-dir DIR</translation>
    </message>
    <message>
        <source>Say the device's role: --role counter, kiosk or display.</source>
        <translation>Say the device's role: --role counter, kiosk or display.</translation>
    </message>
    <message>
        <source>Say which device: --id N (see 'counterdesk-cli device list').</source>
        <translation>Say which device: --id N (see 'counterdesk-cli device list').</translation>
    </message>
    <message>
        <source>Device %1 is revoked: its token no longer opens the hall host.</source>
        <translation>Device %1 is revoked: its token no longer opens the hall host.</translation>
    </message>
    <message>
        <source>Device %1 (%2, %3) is paired. Enter the token above on the device; it is shown only this once. The device must see the host certificate %4.</source>
        <translation>Device %1 (%2, %3) is paired. Enter the token above on the device; it is shown only this once. The device must see the host certificate %4.</translation>
    </message>
</context>
<context>
    <name>DeviceDirectory</name>
    <message>
        <source>A device needs a name (e.g. "Window 3").</source>
        <translation>A device needs a name (e.g. "Window 3").</translation>
    </message>
    <message>
        <source>The device's name is too long (at most 100 characters).</source>
        <translation>The device's name is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>There is no device %1 (see 'counterdesk-cli device list').</source>
        <translation>There is no device %1 (see 'counterdesk-cli device list').</translation>
    </message>
    <message>
        <source>Device %1 (%2) is already revoked.</source>
        <translation>Device %1 (%2) is already revoked.</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Hall display</source>
        <comment>window title</comment>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>Now calling</source>
        <comment>hall display heading</comment>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Please wait for your number to be called</source>
        <comment>hall display, no calls</comment>
        <translation>Please wait for your number to be called</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <comment>hall display</comment>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>hall display: people waiting per service</comment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>The display has lost the hall host: reconnecting…</source>
        <comment>hall display banner</comment>
        <translation>The display has lost the hall host: reconnecting…</translation>
    </message>
    <message>
        <source>Window %1</source>
        <comment>hall display: where to go</comment>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>%1 → window %2</source>
        <comment>hall display: a past call</comment>
        <translation>%1 → window %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>hall display: people waiting</comment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <comment>hall display</comment>
        <translation>Nobody is waiting</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>One-time notice</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation>Notice of refusal</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>Referral slip</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>To be completed by:</source>
        <translation>To be completed by:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Still needed</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Scan to follow your case</source>
        <translation>Scan to follow your case</translation>
    </message>
    <message>
        <source>Applicant's signature:</source>
        <translation>Applicant's signature:</translation>
    </message>
    <message>
        <source>Clerk:</source>
        <translation>Clerk:</translation>
    </message>
    <message>
        <source>Handled by: %1, window %2, %3</source>
        <translation>Handled by: %1, window %2, %3</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Progress enquiries: scan the code or call the service hotline %1.</source>
        <translation>Progress enquiries: scan the code or call the service hotline %1.</translation>
    </message>
    <message>
        <source>original, %1</source>
        <translation>original, %1</translation>
    </message>
    <message>
        <source>copy, %1</source>
        <translation>copy, %1</translation>
    </message>
    <message>
        <source>original and copy, %1 each</source>
        <translation>original and copy, %1 each</translation>
    </message>
    <message>
        <source>%1: %2 (missing)</source>
        <translation>%1: %2 (missing)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These are all the documents still needed for this matter. Please bring them to window %1 of this hall by %2; you need not queue again.</source>
        <translation>These are all the documents still needed for this matter. Please bring them to window %1 of this hall by %2; you need not queue again.</translation>
    </message>
    <message>
        <source>Provisional: the holiday calendar for %1 is not yet published, so only weekends were counted; the date may change.</source>
        <translation>Provisional: the holiday calendar for %1 is not yet published, so only weekends were counted; the date may change.</translation>
    </message>
    <message>
        <source>If you disagree: %1</source>
        <translation>If you disagree: %1</translation>
    </message>
    <message>
        <source>Your matter is handled by %1. We have told them about it; please contact:</source>
        <translation>Your matter is handled by %1. We have told them about it; please contact:</translation>
    </message>
    <message>
        <source>%1 — contact: %2 — phone: %3 — %4</source>
        <translation>%1 — contact: %2 — phone: %3 — %4</translation>
    </message>
    <message>
        <source>[%1] Your matter %2 (%3) is ready. Please collect it with your identity card.</source>
        <translation>[%1] Your matter %2 (%3) is ready. Please collect it with your identity card.</translation>
    </message>
    <message>
        <source>[%1] Your matter %2 needs more time: %3. New date: %4.</source>
        <translation>[%1] Your matter %2 needs more time: %3. New date: %4.</translation>
    </message>
    <message>
        <source>People waiting ahead of you: %1</source>
        <translation>People waiting ahead of you: %1</translation>
    </message>
    <message>
        <source>Ticket taken: %1</source>
        <translation>Ticket taken: %1</translation>
    </message>
    <message>
        <source>Scan the code to follow the queue and rate our service</source>
        <translation>Scan the code to follow the queue and rate our service</translation>
    </message>
    <message>
        <source>Please keep this ticket and listen for your number to be called.</source>
        <translation>Please keep this ticket and listen for your number to be called.</translation>
    </message>
    <message>
        <source>%1: ¥%2 per %3</source>
        <translation>%1: ¥%2 per %3</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>Collection notice</source>
        <translation>Collection notice</translation>
    </message>
    <message>
        <source>Identity document:</source>
        <translation>Identity document:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>Agent's identity document:</source>
        <translation>Agent's identity document:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Documents submitted</source>
        <translation>Documents submitted</translation>
    </message>
    <message>
        <source>I declare that the information above is true and complete and that the documents I submit are genuine. I know that false information may lead to refusal and to liability under the law.</source>
        <translation>I declare that the information above is true and complete and that the documents I submit are genuine. I know that false information may lead to refusal and to liability under the law.</translation>
    </message>
    <message>
        <source>Please check every line before you sign, and tell the clerk if anything is wrong.</source>
        <translation>Please check every line before you sign, and tell the clerk if anything is wrong.</translation>
    </message>
    <message>
        <source>Date signed:</source>
        <translation>Date signed:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <source>Ready since:</source>
        <translation>Ready since:</translation>
    </message>
    <message>
        <source>Your matter is ready. Please collect it at window %1 of %2 during opening hours, with this notice and the identity document you applied with.</source>
        <translation>Your matter is ready. Please collect it at window %1 of %2 during opening hours, with this notice and the identity document you applied with.</translation>
    </message>
    <message>
        <source>Someone collecting for you brings a power of attorney signed by you and their own identity card.</source>
        <translation>Someone collecting for you brings a power of attorney signed by you and their own identity card.</translation>
    </message>
    <message>
        <source>Reprint no. %1, %2: the original receipt is no longer valid.</source>
        <translation>Reprint no. %1, %2: the original receipt is no longer valid.</translation>
    </message>
    <message>
        <source>[%1] The answer to your question of %2: %3</source>
        <translation>[%1] The answer to your question of %2: %3</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>Resident identity card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>Foreign permanent resident ID card</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>[%1] The answer to your complaint of %2: %3</source>
        <translation>[%1] The answer to your complaint of %2: %3</translation>
    </message>
    <message>
        <source>[%1] Booking confirmed: %2, %3 at %4. Your code is %5: check in at the hall from %6 minutes before. Your booking: %7</source>
        <translation>[%1] Booking confirmed: %2, %3 at %4. Your code is %5: check in at the hall from %6 minutes before. Your booking: %7</translation>
    </message>
    <message>
        <source>[%1] Your booking %2 for %3 at %4 is cancelled.</source>
        <translation>[%1] Your booking %2 for %3 at %4 is cancelled.</translation>
    </message>
    <message>
        <source>[%1] About your booking %2 for %3 on %4 at %5: fewer windows are open that day, so you may wait longer. Your booking stands; to choose another time, open %6</source>
        <translation>[%1] About your booking %2 for %3 on %4 at %5: fewer windows are open that day, so you may wait longer. Your booking stands; to choose another time, open %6</translation>
    </message>
    <message>
        <source>Booking slip</source>
        <translation>Booking slip</translation>
    </message>
    <message>
        <source>Appointment: %1 %2–%3</source>
        <translation>Appointment: %1 %2–%3</translation>
    </message>
    <message>
        <source>Your booking code (type or scan it at the hall to check in)</source>
        <translation>Your booking code (type or scan it at the hall to check in)</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Please check in at the hall between %1 and %2</source>
        <translation>Please check in at the hall between %1 and %2</translation>
    </message>
    <message>
        <source>Cannot come? Please cancel by %1 on the booking page or at reception.</source>
        <translation>Cannot come? Please cancel by %1 on the booking page or at reception.</translation>
    </message>
    <message>
        <source>%1 missed bookings within %2 days stop online booking for %3 days.</source>
        <translation>%1 missed bookings within %2 days stop online booking for %3 days.</translation>
    </message>
    <message>
        <source>Scan to see or cancel your booking</source>
        <translation>Scan to see or cancel your booking</translation>
    </message>
    <message>
        <source>Please bring the documents your service needs, and keep this slip.</source>
        <translation>Please bring the documents your service needs, and keep this slip.</translation>
    </message>
    <message>
        <source>Booked %1</source>
        <translation>Booked %1</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <source>Print the due date of a time limit of N working or natural days (YYYY-MM-DD).</source>
        <translation>Print the due date of a time limit of N working or natural days (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The start date; it is not counted itself (e.g. 2025-09-30).</source>
        <translation>The start date; it is not counted itself (e.g. 2025-09-30).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The time limit in days (0 to %1).</source>
        <translation>The time limit in days (0 to %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>'working': skip weekends and statutory days off, count make-up working days; 'natural': calendar days, extended by statutory days off that fall on Monday to Friday.</source>
        <translation>'working': skip weekends and statutory days off, count make-up working days; 'natural': calendar days, extended by statutory days off that fall on Monday to Friday.</translation>
    </message>
    <message>
        <source>working|natural</source>
        <translation>working|natural</translation>
    </message>
    <message>
        <source>Use the holiday calendar in FILE (date&lt;TAB&gt;off|work&lt;TAB&gt;name) instead of the built-in one.</source>
        <translation>Use the holiday calendar in FILE (date&lt;TAB&gt;off|work&lt;TAB&gt;name) instead of the built-in one.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli due --from YYYY-MM-DD --days N --kind working|natural [--calendar FILE]</source>
        <translation>Usage: counterdesk-cli due --from YYYY-MM-DD --days N --kind working|natural [--calendar FILE]</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Missing --%1.</translation>
    </message>
    <message>
        <source>--from: '%1' is not a date of the form YYYY-MM-DD.</source>
        <translation>--from: '%1' is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--from: %1 is not a real date.</source>
        <translation>--from: %1 is not a real date.</translation>
    </message>
    <message>
        <source>--days: %1 is negative; a time limit is 0 days or more.</source>
        <translation>--days: %1 is negative; a time limit is 0 days or more.</translation>
    </message>
    <message>
        <source>--days: '%1' is not a whole number of days.</source>
        <translation>--days: '%1' is not a whole number of days.</translation>
    </message>
    <message>
        <source>--days: %1 is more than %2 days.</source>
        <translation>--days: %1 is more than %2 days.</translation>
    </message>
    <message>
        <source>--kind: unknown kind '%1'; use working or natural.</source>
        <translation>--kind: unknown kind '%1'; use working or natural.</translation>
    </message>
    <message>
        <source>Cannot read the calendar %1: %2</source>
        <translation>Cannot read the calendar %1: %2</translation>
    </message>
    <message>
        <source>The calendar %1 is not valid: %2</source>
        <translation>The calendar %1 is not valid: %2</translation>
    </message>
    <message>
        <source>The due date is out of range.</source>
        <translation>The due date is out of range.</translation>
    </message>
    <message>
        <source>Warning: no published holiday calendar for %1, so only weekends were skipped there; the date is provisional.</source>
        <translation>Warning: no published holiday calendar for %1, so only weekends were skipped there; the date is provisional.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up this branch</source>
        <translation>Set up this branch</translation>
    </message>
    <message>
        <source>Welcome to CounterDesk. Name this branch and choose the passphrase that encrypts all of its records. Keep the passphrase safe: without it the records cannot be opened, by anyone.</source>
        <translation>Welcome to CounterDesk. Name this branch and choose the passphrase that encrypts all of its records. Keep the passphrase safe: without it the records cannot be opened, by anyone.</translation>
    </message>
    <message>
        <source>Branch &amp;name:</source>
        <translation>Branch &amp;name:</translation>
    </message>
    <message>
        <source>e.g. Chaoyang Road Service Hall</source>
        <translation>e.g. Chaoyang Road Service Hall</translation>
    </message>
    <message>
        <source>Branch &amp;code:</source>
        <translation>Branch &amp;code:</translation>
    </message>
    <message>
        <source>e.g. BJ0101</source>
        <translation>e.g. BJ0101</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Remember the passphrase in this computer's &amp;keychain</source>
        <translation>Remember the passphrase in this computer's &amp;keychain</translation>
    </message>
    <message>
        <source>&amp;Create branch</source>
        <translation>&amp;Create branch</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>Give the branch a name.</source>
        <translation>Give the branch a name.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choose a passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is too weak: make it longer, e.g. four unrelated words.</source>
        <translation>The passphrase is too weak: make it longer, e.g. four unrelated words.</translation>
    </message>
    <message>
        <source>Repeat the passphrase exactly.</source>
        <translation>Repeat the passphrase exactly.</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>Keychain not available</translation>
    </message>
    <message>
        <source>The branch was created, but the passphrase could not be kept in this computer's keychain (%1). CounterDesk will ask for it at every start.</source>
        <translation>The branch was created, but the passphrase could not be kept in this computer's keychain (%1). CounterDesk will ask for it at every start.</translation>
    </message>
</context>
<context>
    <name>HallApi</name>
    <message>
        <source>The request needs a JSON body.</source>
        <translation>The request needs a JSON body.</translation>
    </message>
    <message>
        <source>Send the body as Content-Type: application/json.</source>
        <translation>Send the body as Content-Type: application/json.</translation>
    </message>
    <message>
        <source>The body is not a JSON object (%1 at byte %2).</source>
        <translation>The body is not a JSON object (%1 at byte %2).</translation>
    </message>
    <message>
        <source>Unknown member "%1" (allowed: %2).</source>
        <translation>Unknown member "%1" (allowed: %2).</translation>
    </message>
    <message>
        <source>"%1" is missing.</source>
        <translation>"%1" is missing.</translation>
    </message>
    <message>
        <source>"%1" must be a text of 1 to %2 characters.</source>
        <translation>"%1" must be a text of 1 to %2 characters.</translation>
    </message>
    <message>
        <source>There is no such address in the hall API (see docs/api.md).</source>
        <translation>There is no such address in the hall API (see docs/api.md).</translation>
    </message>
    <message>
        <source>Use %1 for this address.</source>
        <translation>Use %1 for this address.</translation>
    </message>
    <message>
        <source>This device is not paired with the hall host, or its pairing was revoked.</source>
        <translation>This device is not paired with the hall host, or its pairing was revoked.</translation>
    </message>
    <message>
        <source>A %1 device may not do this.</source>
        <translation>A %1 device may not do this.</translation>
    </message>
    <message>
        <source>A window is a number from 1 to 999.</source>
        <translation>A window is a number from 1 to 999.</translation>
    </message>
    <message>
        <source>"group" must be one of: %1.</source>
        <translation>"group" must be one of: %1.</translation>
    </message>
    <message>
        <source>We cannot find this ticket. A ticket is valid on the day it was taken; if you still need service, please take a new number at the kiosk.</source>
        <translation>We cannot find this ticket. A ticket is valid on the day it was taken; if you still need service, please take a new number at the kiosk.</translation>
    </message>
    <message>
        <source>We cannot find this ticket. A ticket can be rated on the day it was taken.</source>
        <translation>We cannot find this ticket. A ticket can be rated on the day it was taken.</translation>
    </message>
    <message>
        <source>"level" must be a whole number from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>"level" must be a whole number from 1 (very dissatisfied) to 5 (very satisfied).</translation>
    </message>
    <message>
        <source>"criteria" must be an object.</source>
        <translation>"criteria" must be an object.</translation>
    </message>
    <message>
        <source>Each criterion (%1) is a whole number from 1 to 5.</source>
        <translation>Each criterion (%1) is a whole number from 1 to 5.</translation>
    </message>
    <message>
        <source>"comment" must be a text of at most %1 characters.</source>
        <translation>"comment" must be a text of at most %1 characters.</translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again.</source>
        <translation>Your sign-in has expired: sign in again.</translation>
    </message>
    <message>
        <source>You signed in at window %1, not %2.</source>
        <translation>You signed in at window %1, not %2.</translation>
    </message>
    <message>
        <source>Window %1 is open.</source>
        <translation>Window %1 is open.</translation>
    </message>
    <message>
        <source>Window %1 paused: %2</source>
        <translation>Window %1 paused: %2</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests from this device: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests from this device: try again in %n second(s).</numerusform>
            <numerusform>Too many requests from this device: try again in %n second(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>We cannot find this booking. Please check the link in your message, or ask at the hall.</source>
        <translation>We cannot find this booking. Please check the link in your message, or ask at the hall.</translation>
    </message>
    <message>
        <source>Ask for the slots with ?service=CODE&amp;date=YYYY-MM-DD.</source>
        <translation>Ask for the slots with ?service=CODE&amp;date=YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>This service cannot be booked online.</source>
        <translation>This service cannot be booked online.</translation>
    </message>
    <message>
        <source>%1 has passed: please choose a day from today.</source>
        <translation>%1 has passed: please choose a day from today.</translation>
    </message>
    <message numerus="yes">
        <source>Bookings open %n working day(s) ahead: the last day that can be booked today is %1.</source>
        <translation>
            <numerusform>Bookings open %n working day ahead: the last day that can be booked today is %1.</numerusform>
            <numerusform>Bookings open %n working days ahead: the last day that can be booked today is %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booking for %1 has closed (%n minute(s) before each slot).</source>
        <translation>
            <numerusform>Booking for %1 has closed (%n minute before each slot).</numerusform>
            <numerusform>Booking for %1 has closed (%n minutes before each slot).</numerusform>
        </translation>
    </message>
    <message>
        <source>"date" is YYYY-MM-DD and "time" is HH:mm.</source>
        <translation>"date" is YYYY-MM-DD and "time" is HH:mm.</translation>
    </message>
    <message>
        <source>Please enter your name (at most %1 characters).</source>
        <translation>Please enter your name (at most %1 characters).</translation>
    </message>
    <message>
        <source>Please enter a mainland mobile number: 11 digits starting with 13 to 19.</source>
        <translation>Please enter a mainland mobile number: 11 digits starting with 13 to 19.</translation>
    </message>
    <message>
        <source>This phone number cannot book online until %1, because of bookings that were missed. You can still come to the hall: reception can book for you.</source>
        <translation>This phone number cannot book online until %1, because of bookings that were missed. You can still come to the hall: reception can book for you.</translation>
    </message>
</context>
<context>
    <name>HallHost</name>
    <message>
        <source>The host's TLS certificate could not be read.</source>
        <translation>The host's TLS certificate could not be read.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Cannot listen on %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>HallHostDialog</name>
    <message>
        <source>Hall host</source>
        <translation>Hall host</translation>
    </message>
    <message>
        <source>While this app runs, this PC can serve the hall's one queue to the other counters, the kiosk, the display and the customers' phones over the local network (HTTPS with this branch's own certificate). For a host that runs without anyone signed in, use the counterdesk-hall service instead.</source>
        <translation>While this app runs, this PC can serve the hall's one queue to the other counters, the kiosk, the display and the customers' phones over the local network (HTTPS with this branch's own certificate). For a host that runs without anyone signed in, use the counterdesk-hall service instead.</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Pair a device</source>
        <translation>Pair a device</translation>
    </message>
    <message>
        <source>Counter PC</source>
        <translation>Counter PC</translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation>Ticket kiosk</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>e.g. Window 3</source>
        <translation>e.g. Window 3</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Stop serving</source>
        <translation>Stop serving</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>Start serving</translation>
    </message>
    <message>
        <source>Serving at https://%1:%2/ — paired devices pin the certificate by its fingerprint below.</source>
        <translation>Serving at https://%1:%2/ — paired devices pin the certificate by its fingerprint below.</translation>
    </message>
    <message>
        <source>Not serving: the other PCs cannot reach this hall.</source>
        <translation>Not serving: the other PCs cannot reach this hall.</translation>
    </message>
    <message>
        <source>Cannot serve on port %1: %2. Choose another port, or stop the program that uses it.</source>
        <translation>Cannot serve on port %1: %2. Choose another port, or stop the program that uses it.</translation>
    </message>
    <message>
        <source>(start serving to see it)</source>
        <translation>(start serving to see it)</translation>
    </message>
    <message>
        <source>Paired "%1". Its token, shown this once — put it in a file on that PC (readable by its user only):
%2

Then start it with:
counterdesk --role %3 --host https://%4:%5 --pin %6 --token-file FILE</source>
        <translation>Paired "%1". Its token, shown this once — put it in a file on that PC (readable by its user only):
%2

Then start it with:
counterdesk --role %3 --host https://%4:%5 --pin %6 --token-file FILE</translation>
    </message>
</context>
<context>
    <name>HallNowModel</name>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Calling</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Line of business</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>HallSimulator</name>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>The branch has no active clerk or manager to staff the windows.</source>
        <translation>The branch has no active clerk or manager to staff the windows.</translation>
    </message>
    <message>
        <source>--sign needs an active manager to sign the daily logs.</source>
        <translation>--sign needs an active manager to sign the daily logs.</translation>
    </message>
    <message>
        <source>No service in the catalogue has a queue to take tickets for.</source>
        <translation>No service in the catalogue has a queue to take tickets for.</translation>
    </message>
    <message>
        <source>Simulated day: these records were made by counterdesk-cli simulate (seed %1); they are not real customers.</source>
        <translation>Simulated day: these records were made by counterdesk-cli simulate (seed %1); they are not real customers.</translation>
    </message>
    <message>
        <source>Simulated day (counterdesk-cli simulate, seed %1).</source>
        <translation>Simulated day (counterdesk-cli simulate, seed %1).</translation>
    </message>
    <message>
        <source>Give the first day as YYYY-MM-DD.</source>
        <translation>Give the first day as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--days must be from 1 to %1.</source>
        <translation>--days must be from 1 to %1.</translation>
    </message>
    <message>
        <source>--windows must be from 1 to %1.</source>
        <translation>--windows must be from 1 to %1.</translation>
    </message>
    <message>
        <source>Only days before today (%1) can be simulated; %2 is not.</source>
        <translation>Only days before today (%1) can be simulated; %2 is not.</translation>
    </message>
    <message>
        <source>The branch has no service catalogue yet: import head office's first.</source>
        <translation>The branch has no service catalogue yet: import head office's first.</translation>
    </message>
    <message>
        <source>The branch's records already reach %1, so %2 cannot be simulated any more: the audit chain never goes back to an earlier day. Simulate from %1 on, or on a new branch (--init-demo).</source>
        <translation>The branch's records already reach %1, so %2 cannot be simulated any more: the audit chain never goes back to an earlier day. Simulate from %1 on, or on a new branch (--init-demo).</translation>
    </message>
    <message>
        <source>%1 already has tickets: the simulator never mixes with real records. Choose days without any.</source>
        <translation>%1 already has tickets: the simulator never mixes with real records. Choose days without any.</translation>
    </message>
    <message>
        <source>The daily log of %1 is signed: that day is closed.</source>
        <translation>The daily log of %1 is signed: that day is closed.</translation>
    </message>
    <message>
        <source>The simulation stopped on %1 (the days before it are complete): %2</source>
        <translation>The simulation stopped on %1 (the days before it are complete): %2</translation>
    </message>
</context>
<context>
    <name>HallWindows</name>
    <message>
        <source>A window number is from 1 to 999.</source>
        <translation>A window number is from 1 to 999.</translation>
    </message>
    <message>
        <source>A window's name has at most 40 characters.</source>
        <translation>A window's name has at most 40 characters.</translation>
    </message>
    <message>
        <source>Window %1 needs at least one service to call.</source>
        <translation>Window %1 needs at least one service to call.</translation>
    </message>
    <message>
        <source>Unknown service: %1 (see 'counterdesk-cli catalogue list').</source>
        <translation>Unknown service: %1 (see 'counterdesk-cli catalogue list').</translation>
    </message>
    <message>
        <source>Window %1 lists the service %2 twice.</source>
        <translation>Window %1 lists the service %2 twice.</translation>
    </message>
    <message>
        <source>There is no window %1.</source>
        <translation>There is no window %1.</translation>
    </message>
    <message>
        <source>Window %1 is still attending ticket %2; finish it first.</source>
        <translation>Window %1 is still attending ticket %2; finish it first.</translation>
    </message>
    <message>
        <source>Window %1 appears twice.</source>
        <translation>Window %1 appears twice.</translation>
    </message>
</context>
<context>
    <name>HqApi</name>
    <message>
        <source>No such resource: %1 (see docs/sync.md).</source>
        <translation>No such resource: %1 (see docs/sync.md).</translation>
    </message>
    <message>
        <source>%1 takes %2 only.</source>
        <translation>%1 takes %2 only.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>The body is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>Head office's database is not available; try again later.</source>
        <translation>Head office's database is not available; try again later.</translation>
    </message>
    <message>
        <source>The request is not signed by a registered, active branch.</source>
        <translation>The request is not signed by a registered, active branch.</translation>
    </message>
    <message>
        <source>An event's payload or time is not valid; nothing of the batch was stored.</source>
        <translation>An event's payload or time is not valid; nothing of the batch was stored.</translation>
    </message>
    <message>
        <source>'%1' must be a version number (0 if none).</source>
        <translation>'%1' must be a version number (0 if none).</translation>
    </message>
</context>
<context>
    <name>HqCertificateFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the state folder %1.</source>
        <translation>Cannot create the state folder %1.</translation>
    </message>
    <message>
        <source>%1 is readable by others: make it 0600 (chmod 600) first.</source>
        <translation>%1 is readable by others: make it 0600 (chmod 600) first.</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate in %1.</source>
        <translation>Cannot read the TLS certificate in %1.</translation>
    </message>
    <message>
        <source>The TLS certificate or key in %1 is damaged; remove hq-cert.pem and hq-key.pem to make new ones (branches must then pin the new fingerprint).</source>
        <translation>The TLS certificate or key in %1 is damaged; remove hq-cert.pem and hq-key.pem to make new ones (branches must then pin the new fingerprint).</translation>
    </message>
</context>
<context>
    <name>HqCommandLine</name>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>Head office of a CounterDesk network: takes the branches' nightly batches of events and hands out the signed catalogue and calendar (docs/sync.md).</source>
        <translation>Head office of a CounterDesk network: takes the branches' nightly batches of events and hands out the signed catalogue and calendar (docs/sync.md).</translation>
    </message>
    <message>
        <source>'counterdesk-hq COMMAND --help' describes a command. CONNINFO is a libpq connection string (e.g. "host=/run/postgresql dbname=counterdesk"); an empty one uses libpq's PG* environment variables.</source>
        <translation>'counterdesk-hq COMMAND --help' describes a command. CONNINFO is a libpq connection string (e.g. "host=/run/postgresql dbname=counterdesk"); an empty one uses libpq's PG* environment variables.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 refused or bad input; 2 PostgreSQL unreachable or its schema newer than this program.</source>
        <translation>Exit codes: 0 ok; 1 refused or bad input; 2 PostgreSQL unreachable or its schema newer than this program.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Try 'counterdesk-hq %1 --help'.</source>
        <translation>Try 'counterdesk-hq %1 --help'.</translation>
    </message>
    <message numerus="yes">
        <source>'counterdesk-hq %1' takes %n argument(s).</source>
        <translation>
            <numerusform>'counterdesk-hq %1' takes %n argument(s).</numerusform>
            <numerusform>'counterdesk-hq %1' takes %n argument(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PostgreSQL connection string (libpq's; empty: the PG* environment variables).</source>
        <translation>The PostgreSQL connection string (libpq's; empty: the PG* environment variables).</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>Head office's signing key: a file with the 32-byte Ed25519 seed in base64, mode 0600 ('counterdesk-hq key --create' makes one).</source>
        <translation>Head office's signing key: a file with the 32-byte Ed25519 seed in base64, mode 0600 ('counterdesk-hq key --create' makes one).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Cannot bring the head office schema up to date: %1</source>
        <translation>Cannot bring the head office schema up to date: %1</translation>
    </message>
    <message>
        <source>Serves the sync API (docs/sync.md) over HTTPS until stopped (Ctrl+C or SIGTERM).</source>
        <translation>Serves the sync API (docs/sync.md) over HTTPS until stopped (Ctrl+C or SIGTERM).</translation>
    </message>
    <message>
        <source>The address and port to listen on (default 0.0.0.0:8443; port 0 picks a free one).</source>
        <translation>The address and port to listen on (default 0.0.0.0:8443; port 0 picks a free one).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>Where the TLS certificate and its key are kept (default: the key file's folder).</source>
        <translation>Where the TLS certificate and its key are kept (default: the key file's folder).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::]:8443.</source>
        <translation>--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::]:8443.</translation>
    </message>
    <message>
        <source>Give head office's key with --key FILE.</source>
        <translation>Give head office's key with --key FILE.</translation>
    </message>
    <message>
        <source>Head office is running. Branches pin the certificate above (--hq-pin) and head office's public key %1 (key id %2). Stop with Ctrl+C or SIGTERM.</source>
        <translation>Head office is running. Branches pin the certificate above (--hq-pin) and head office's public key %1 (key id %2). Stop with Ctrl+C or SIGTERM.</translation>
    </message>
    <message>
        <source>Head office stopped (signal %1).</source>
        <translation>Head office stopped (signal %1).</translation>
    </message>
    <message>
        <source>Registers a branch and the public key its requests are signed with.</source>
        <translation>Registers a branch and the public key its requests are signed with.</translation>
    </message>
    <message>
        <source>The branch's code.</source>
        <translation>The branch's code.</translation>
    </message>
    <message>
        <source>The branch's Ed25519 public key in base64 ('counterdesk-cli sync key' prints it).</source>
        <translation>The branch's Ed25519 public key in base64 ('counterdesk-cli sync key' prints it).</translation>
    </message>
    <message>
        <source>BASE64</source>
        <translation>BASE64</translation>
    </message>
    <message>
        <source>The branch's name.</source>
        <translation>The branch's name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Branch %1 registered (key id %2).</source>
        <translation>Branch %1 registered (key id %2).</translation>
    </message>
    <message>
        <source>Lists the registered branches.</source>
        <translation>Lists the registered branches.</translation>
    </message>
    <message>
        <source>code	name	key id	acknowledged	added	revoked</source>
        <translation>code	name	key id	acknowledged	added	revoked</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es).</source>
        <translation>
            <numerusform>%n branch(es).</numerusform>
            <numerusform>%n branch(es).</numerusform>
        </translation>
    </message>
    <message>
        <source>Revokes a branch: its requests are refused (401) from now on; what it sent stays.</source>
        <translation>Revokes a branch: its requests are refused (401) from now on; what it sent stays.</translation>
    </message>
    <message>
        <source>Branch %1 revoked.</source>
        <translation>Branch %1 revoked.</translation>
    </message>
    <message>
        <source>'counterdesk-hq branch' takes add, list or revoke.</source>
        <translation>'counterdesk-hq branch' takes add, list or revoke.</translation>
    </message>
    <message>
        <source>'counterdesk-hq publish' takes catalogue or calendar.</source>
        <translation>'counterdesk-hq publish' takes catalogue or calendar.</translation>
    </message>
    <message>
        <source>Signs the service catalogue (fees inside) with head office's key and publishes it as the next version.</source>
        <translation>Signs the service catalogue (fees inside) with head office's key and publishes it as the next version.</translation>
    </message>
    <message>
        <source>Signs the working-day calendar with head office's key and publishes it as the given version.</source>
        <translation>Signs the working-day calendar with head office's key and publishes it as the given version.</translation>
    </message>
    <message>
        <source>The catalogue, JSON.</source>
        <translation>The catalogue, JSON.</translation>
    </message>
    <message>
        <source>The calendar, TSV (as cn-mainland.tsv).</source>
        <translation>The calendar, TSV (as cn-mainland.tsv).</translation>
    </message>
    <message>
        <source>The calendar's version (newer than every one published).</source>
        <translation>The calendar's version (newer than every one published).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give the calendar's version with --version N (a positive number).</source>
        <translation>Give the calendar's version with --version N (a positive number).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>'counterdesk-hq report' takes monthly.</source>
        <translation>'counterdesk-hq report' takes monthly.</translation>
    </message>
    <message>
        <source>The network's month across branches, from the events they sent.</source>
        <translation>The network's month across branches, from the events they sent.</translation>
    </message>
    <message>
        <source>The month.</source>
        <translation>The month.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Also write the figures to FILE as CSV.</source>
        <translation>Also write the figures to FILE as CSV.</translation>
    </message>
    <message>
        <source>The time zone whose calendar month is counted (default UTC).</source>
        <translation>The time zone whose calendar month is counted (default UTC).</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <source>Give the month with --month YYYY-MM.</source>
        <translation>Give the month with --month YYYY-MM.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Shows head office's public key (branches pin it), or makes a new key.</source>
        <translation>Shows head office's public key (branches pin it), or makes a new key.</translation>
    </message>
    <message>
        <source>Make a new key in FILE (never overwrites one).</source>
        <translation>Make a new key in FILE (never overwrites one).</translation>
    </message>
    <message>
        <source>Give the key file with --key FILE.</source>
        <translation>Give the key file with --key FILE.</translation>
    </message>
    <message>
        <source>Head office's public key (key id %1).</source>
        <translation>Head office's public key (key id %1).</translation>
    </message>
</context>
<context>
    <name>HqDatabase</name>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation>Cannot connect to PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Not connected to PostgreSQL.</source>
        <translation>Not connected to PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot reach PostgreSQL: %1</source>
        <translation>Cannot reach PostgreSQL: %1</translation>
    </message>
</context>
<context>
    <name>HqKeyFile</name>
    <message>
        <source>Cannot read the head office key %1: %2</source>
        <translation>Cannot read the head office key %1: %2</translation>
    </message>
    <message>
        <source>The head office key %1 is readable by others: make it 0600 (chmod 600).</source>
        <translation>The head office key %1 is readable by others: make it 0600 (chmod 600).</translation>
    </message>
    <message>
        <source>%1 does not hold a head office key (a 32-byte seed in base64 on one line).</source>
        <translation>%1 does not hold a head office key (a 32-byte seed in base64 on one line).</translation>
    </message>
    <message>
        <source>%1 exists already; a head office key is never overwritten.</source>
        <translation>%1 exists already; a head office key is never overwritten.</translation>
    </message>
</context>
<context>
    <name>HqMigrations</name>
    <message>
        <source>The head office database is at schema version %1, newer than this program knows (%2): use a newer counterdesk-hq.</source>
        <translation>The head office database is at schema version %1, newer than this program knows (%2): use a newer counterdesk-hq.</translation>
    </message>
</context>
<context>
    <name>HqServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Cannot listen on %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>IdDocumentValidator</name>
    <message>
        <source>The number is missing.</source>
        <translation>The number is missing.</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters and digits.</source>
        <translation>A passport number has 5 to 17 letters and digits.</translation>
    </message>
    <message>
        <source>The permit number is H or M followed by 8 (or 10) digits.</source>
        <translation>The permit number is H or M followed by 8 (or 10) digits.</translation>
    </message>
    <message>
        <source>The permit number has 8 digits (older ones 10).</source>
        <translation>The permit number has 8 digits (older ones 10).</translation>
    </message>
    <message>
        <source>The check character does not match: a digit is probably mistyped.</source>
        <translation>The check character does not match: a digit is probably mistyped.</translation>
    </message>
    <message>
        <source>The card number has 18 characters beginning with 9, or three letters and 12 digits.</source>
        <translation>The card number has 18 characters beginning with 9, or three letters and 12 digits.</translation>
    </message>
    <message>
        <source>Unknown identity document type "%1".</source>
        <translation>Unknown identity document type "%1".</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show the branch, the data version, the cipher and what the database holds.</source>
        <translation>Show the branch, the data version, the cipher and what the database holds.</translation>
    </message>
    <message>
        <source>Branch:        %1 (%2)</source>
        <translation>Branch:        %1 (%2)</translation>
    </message>
    <message>
        <source>Time zone:     %1</source>
        <translation>Time zone:     %1</translation>
    </message>
    <message>
        <source>Database:      %1</source>
        <translation>Database:      %1</translation>
    </message>
    <message>
        <source>Data version:  %1 (latest %2)</source>
        <translation>Data version:  %1 (latest %2)</translation>
    </message>
    <message>
        <source>Cipher:        SQLCipher %1</source>
        <translation>Cipher:        SQLCipher %1</translation>
    </message>
    <message>
        <source>Staff:         %1</source>
        <translation>Staff:         %1</translation>
    </message>
    <message>
        <source>Customers:     %1</source>
        <translation>Customers:     %1</translation>
    </message>
    <message>
        <source>Audit entries: %1</source>
        <translation>Audit entries: %1</translation>
    </message>
    <message>
        <source>Outbox:        %1 pending for head office</source>
        <translation>Outbox:        %1 pending for head office</translation>
    </message>
    <message>
        <source>Knowledge:     %1 standard answers</source>
        <translation>Knowledge:     %1 standard answers</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>Event %1 has no positive integer "seq".</source>
        <translation>Event %1 has no positive integer "seq".</translation>
    </message>
    <message>
        <source>The events are not in ascending "seq" (%1 after %2).</source>
        <translation>The events are not in ascending "seq" (%1 after %2).</translation>
    </message>
    <message>
        <source>Event %1 has no valid "createdUtc".</source>
        <translation>Event %1 has no valid "createdUtc".</translation>
    </message>
    <message>
        <source>Event %1 has no "kind".</source>
        <translation>Event %1 has no "kind".</translation>
    </message>
    <message>
        <source>Event %1 has an "auditSeq" that is not an integer.</source>
        <translation>Event %1 has an "auditSeq" that is not an integer.</translation>
    </message>
    <message>
        <source>Event %1's "payload" is not a JSON text in a string.</source>
        <translation>Event %1's "payload" is not a JSON text in a string.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>The body is not a JSON object.</translation>
    </message>
    <message>
        <source>The batch's "branch" is not the branch that signed it.</source>
        <translation>The batch's "branch" is not the branch that signed it.</translation>
    </message>
    <message>
        <source>The batch has no "events" array.</source>
        <translation>The batch has no "events" array.</translation>
    </message>
    <message>
        <source>A batch holds at most %1 events; this one has %2.</source>
        <translation>A batch holds at most %1 events; this one has %2.</translation>
    </message>
    <message>
        <source>Event %1 holds a NUL character, which head office cannot store.</source>
        <translation>Event %1 holds a NUL character, which head office cannot store.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the demo branch, with demo staff (password %1) and customers.</source>
        <translation>Create the demo branch, with demo staff (password %1) and customers.</translation>
    </message>
    <message>
        <source>The branch code, e.g. BJ0101.</source>
        <translation>The branch code, e.g. BJ0101.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The branch's name.</source>
        <translation>The branch's name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The branch's IANA time zone (default Asia/Shanghai).</source>
        <translation>The branch's IANA time zone (default Asia/Shanghai).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>A new branch needs --code and --name (or --demo).</source>
        <translation>A new branch needs --code and --name (or --demo).</translation>
    </message>
    <message>
        <source>Warning: this passphrase is weak. Anyone who takes the PC may guess it; prefer four or more unrelated words.</source>
        <translation>Warning: this passphrase is weak. Anyone who takes the PC may guess it; prefer four or more unrelated words.</translation>
    </message>
    <message>
        <source>Created branch %1 (%2) in %3</source>
        <translation>Created branch %1 (%2) in %3</translation>
    </message>
    <message>
        <source>Head office's public key (base64 of 32 bytes) to pin: only documents it signed are accepted. The demo branch pins the demo head office.</source>
        <translation>Head office's public key (base64 of 32 bytes) to pin: only documents it signed are accepted. The demo branch pins the demo head office.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>--hq-key must be the base64 of a 32-byte Ed25519 public key.</source>
        <translation>--hq-key must be the base64 of a 32-byte Ed25519 public key.</translation>
    </message>
    <message>
        <source>Create a new branch database in the data folder (with --demo: the demo branch with demo staff, customers and standard answers).</source>
        <translation>Create a new branch database in the data folder (with --demo: the demo branch with demo staff, customers and standard answers).</translation>
    </message>
</context>
<context>
    <name>InquiryBook</name>
    <message>
        <source>Write down the question you owe an answer to.</source>
        <translation>Write down the question you owe an answer to.</translation>
    </message>
    <message>
        <source>The question is too long (at most %1 characters).</source>
        <translation>The question is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>There is no question number %1.</source>
        <translation>There is no question number %1.</translation>
    </message>
    <message>
        <source>Question %1 is already answered.</source>
        <translation>Question %1 is already answered.</translation>
    </message>
    <message>
        <source>Write the answer (at most %1 characters).</source>
        <translation>Write the answer (at most %1 characters).</translation>
    </message>
    <message>
        <source>There is no active colleague called %1.</source>
        <translation>There is no active colleague called %1.</translation>
    </message>
    <message>
        <source>Say in a note what the colleague needs to know.</source>
        <translation>Say in a note what the colleague needs to know.</translation>
    </message>
</context>
<context>
    <name>KbCommand</name>
    <message>
        <source>'kb search QUERY': search the knowledge base of standard answers. Prints one entry a line: code, question and an excerpt of the answer, tab-separated.</source>
        <translation>'kb search QUERY': search the knowledge base of standard answers. Prints one entry a line: code, question and an excerpt of the answer, tab-separated.</translation>
    </message>
    <message>
        <source>Show at most N entries (1 to %1, default 20).</source>
        <translation>Show at most N entries (1 to %1, default 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Search the knowledge base.</source>
        <translation>Search the knowledge base.</translation>
    </message>
    <message>
        <source>What the customer asks, in a few characters or words.</source>
        <translation>What the customer asks, in a few characters or words.</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli kb search --data-dir DIR QUERY [--limit N]</source>
        <translation>Usage: counterdesk-cli kb search --data-dir DIR QUERY [--limit N]</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit takes a number from 1 to %1.</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>no matches</translation>
    </message>
</context>
<context>
    <name>KioskStaffDialog</name>
    <message>
        <source>Kiosk: staff</source>
        <translation>Kiosk: staff</translation>
    </message>
    <message>
        <source>Tickets the printer could not print</source>
        <translation>Tickets the printer could not print</translation>
    </message>
    <message>
        <source>They are printed only from here, so that a ticket never comes out for the next customer. Hand them to their owners at the service desk.</source>
        <translation>They are printed only from here, so that a ticket never comes out for the next customer. Hand them to their owners at the service desk.</translation>
    </message>
    <message>
        <source>&amp;Print kept tickets now</source>
        <translation>&amp;Print kept tickets now</translation>
    </message>
    <message>
        <source>&amp;Discard the selected ticket</source>
        <translation>&amp;Discard the selected ticket</translation>
    </message>
    <message>
        <source>Reprint a ticket of today</source>
        <translation>Reprint a ticket of today</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>R&amp;eprint</source>
        <translation>R&amp;eprint</translation>
    </message>
    <message>
        <source>Printer &amp;settings…</source>
        <translation>Printer &amp;settings…</translation>
    </message>
    <message>
        <source>Only an administrator may %1.</source>
        <translation>Only an administrator may %1.</translation>
    </message>
    <message>
        <source>Printer: ready.</source>
        <translation>Printer: ready.</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — tried %n time(s), last: %2</source>
        <translation>
            <numerusform>%1 — tried %n time, last: %2</numerusform>
            <numerusform>%1 — tried %n times, last: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept ticket(s) printed.</source>
        <translation>
            <numerusform>%n kept ticket printed.</numerusform>
            <numerusform>%n kept tickets printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept ticket(s) printed; %1 still waiting: %2</source>
        <translation>
            <numerusform>%n kept ticket printed; %1 still waiting: %2</numerusform>
            <numerusform>%n kept tickets printed; %1 still waiting: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept ticket %1 discarded.</source>
        <translation>Kept ticket %1 discarded.</translation>
    </message>
    <message>
        <source>Ticket %1 reprinted; the reprint is logged with its reason.</source>
        <translation>Ticket %1 reprinted; the reprint is logged with its reason.</translation>
    </message>
    <message>
        <source>Reprint of %1 logged, but not printed: %2</source>
        <translation>Reprint of %1 logged, but not printed: %2</translation>
    </message>
    <message>
        <source>Printer settings saved.</source>
        <translation>Printer settings saved.</translation>
    </message>
    <message>
        <source>Signed in: %1, station %2.</source>
        <translation>Signed in: %1, station %2.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Take a ticket</source>
        <translation>Take a ticket</translation>
    </message>
    <message>
        <source>Welcome. Choose your service, then take a ticket.</source>
        <translation>Welcome. Choose your service, then take a ticket.</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Touch a service to see what to bring.</source>
        <translation>Touch a service to see what to bring.</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>No priority</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue on your phone.</source>
        <translation>Scan to follow your place in the queue on your phone.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>copy ×%1</source>
        <translation>copy ×%1</translation>
    </message>
    <message>
        <source>original and copy ×%1</source>
        <translation>original and copy ×%1</translation>
    </message>
    <message>
        <source>original ×%1</source>
        <translation>original ×%1</translation>
    </message>
    <message>
        <source>No documents are needed.</source>
        <translation>No documents are needed.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Please bring:</translation>
    </message>
    <message>
        <source>If the answer to “%1” is yes, also bring:</source>
        <translation>If the answer to “%1” is yes, also bring:</translation>
    </message>
    <message>
        <source>Fees: none</source>
        <translation>Fees: none</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>Fees: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Nobody is ahead of you.</source>
        <translation>Nobody is ahead of you.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you.</source>
        <translation>
            <numerusform>%n person(s) ahead of you.</numerusform>
            <numerusform>%n person(s) ahead of you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation>Please take your ticket below.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please see the service desk with your number; your place in the queue is kept.</source>
        <translation>The ticket could not be printed. Please see the service desk with your number; your place in the queue is kept.</translation>
    </message>
    <message>
        <source>Print again (%1 waiting)</source>
        <translation>Print again (%1 waiting)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>The ticket printer is out of order: your number will be shown on screen.</source>
        <translation>The ticket printer is out of order: your number will be shown on screen.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) wait for staff to print them (Staff button).</source>
        <translation>
            <numerusform>%n ticket waits for staff to print it (Staff button).</numerusform>
            <numerusform>%n tickets wait for staff to print them (Staff button).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) may not %3.</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>I have a booking</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Check in for your booking</source>
        <translation>Check in for your booking</translation>
    </message>
    <message>
        <source>Scan the QR code on your booking slip or phone, or type the 8-character booking code, then touch Check in.</source>
        <translation>Scan the QR code on your booking slip or phone, or type the 8-character booking code, then touch Check in.</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Please type or scan your booking code first.</source>
        <translation>Please type or scan your booking code first.</translation>
    </message>
    <message>
        <source>Take an ordinary ticket for %1</source>
        <translation>Take an ordinary ticket for %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>Power supply</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>Water supply</translation>
    </message>
    <message>
        <source>Government service hall</source>
        <translation>Government service hall</translation>
    </message>
    <message>
        <source>A knowledge base is a JSON object with an "entries" array.</source>
        <translation>A knowledge base is a JSON object with an "entries" array.</translation>
    </message>
    <message>
        <source>Knowledge entry %1 is not a JSON object.</source>
        <translation>Knowledge entry %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>Knowledge entry %1: the code is missing or not 1 to 40 letters, digits, '.', '_' or '-'.</source>
        <translation>Knowledge entry %1: the code is missing or not 1 to 40 letters, digits, '.', '_' or '-'.</translation>
    </message>
    <message>
        <source>Knowledge entry %1 (%2)</source>
        <translation>Knowledge entry %1 (%2)</translation>
    </message>
    <message>
        <source>%1: unknown field "%2".</source>
        <translation>%1: unknown field "%2".</translation>
    </message>
    <message>
        <source>%1: the code is used by an earlier entry too.</source>
        <translation>%1: the code is used by an earlier entry too.</translation>
    </message>
    <message>
        <source>%1: unknown sector "%2" (expected one of: %3).</source>
        <translation>%1: unknown sector "%2" (expected one of: %3).</translation>
    </message>
    <message>
        <source>%1: the question must be text of 1 to %2 characters.</source>
        <translation>%1: the question must be text of 1 to %2 characters.</translation>
    </message>
    <message>
        <source>%1: the answer must be text of 1 to %2 characters.</source>
        <translation>%1: the answer must be text of 1 to %2 characters.</translation>
    </message>
    <message>
        <source>%1: keywords must be a list of single words.</source>
        <translation>%1: keywords must be a list of single words.</translation>
    </message>
    <message>
        <source>%1: the source (the rule it is drawn from) is missing.</source>
        <translation>%1: the source (the rule it is drawn from) is missing.</translation>
    </message>
    <message>
        <source>%1: "updated" is not an ISO 8601 date.</source>
        <translation>%1: "updated" is not an ISO 8601 date.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 is not valid JSON (at byte %2: %3).</translation>
    </message>
    <message>
        <source>The knowledge base can only be replaced as a recorded event.</source>
        <translation>The knowledge base can only be replaced as a recorded event.</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Standard answers</source>
        <translation>Standard answers</translation>
    </message>
    <message>
        <source>Type what the customer asks</source>
        <translation>Type what the customer asks</translation>
    </message>
    <message>
        <source>The knowledge base cannot be searched: %1</source>
        <translation>The knowledge base cannot be searched: %1</translation>
    </message>
    <message>
        <source>Type a few words of the customer's question.</source>
        <translation>Type a few words of the customer's question.</translation>
    </message>
    <message>
        <source>No standard answer found for “%1”. Try fewer or other words.</source>
        <translation>No standard answer found for “%1”. Try fewer or other words.</translation>
    </message>
    <message numerus="yes">
        <source>%n standard answer(s) for “%1”</source>
        <translation>
            <numerusform>%n standard answer(s) for “%1”</numerusform>
            <numerusform>%n standard answer(s) for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard answer %1</source>
        <translation>Standard answer %1</translation>
    </message>
</context>
<context>
    <name>KpiTargets</name>
    <message>
        <source>Unknown target: %1 (one of: %2)</source>
        <translation>Unknown target: %1 (one of: %2)</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 must be a whole number from %2 to %3.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>This window is locked</source>
        <translation>This window is locked</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2), window %3</source>
        <translation>Signed in: %1 (%2), window %3</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Wrong password. Only %1 can unlock this window.</source>
        <translation>Wrong password. Only %1 can unlock this window.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Staff &amp;name:</source>
        <translation>Staff &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Sign in to serve at %1.</source>
        <translation>Sign in to serve at %1.</translation>
    </message>
    <message>
        <source>Enter your staff name.</source>
        <translation>Enter your staff name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Staff sign-in at %1.</source>
        <translation>Staff sign-in at %1.</translation>
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
        <translation>Branch records</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>Audit chain:</source>
        <translation>Audit chain:</translation>
    </message>
    <message>
        <source>For head office:</source>
        <translation>For head office:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>People:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>C&amp;ases</translation>
    </message>
    <message>
        <source>&amp;Hall</source>
        <translation>&amp;Hall</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Log &amp;in at a window…</source>
        <translation>Log &amp;in at a window…</translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation>&amp;Call next</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>&amp;Recall</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;No-show</translation>
    </message>
    <message>
        <source>&amp;Walk-in</source>
        <translation>&amp;Walk-in</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pause…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Case list</source>
        <translation>&amp;Case list</translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation>Search the &amp;knowledge base</translation>
    </message>
    <message>
        <source>&amp;Reception and tickets</source>
        <translation>&amp;Reception and tickets</translation>
    </message>
    <message>
        <source>Hall &amp;display</source>
        <translation>Hall &amp;display</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>&amp;Appointments</translation>
    </message>
    <message>
        <source>&amp;Daily log</source>
        <translation>&amp;Daily log</translation>
    </message>
    <message>
        <source>&amp;Monthly bulletin</source>
        <translation>&amp;Monthly bulletin</translation>
    </message>
    <message>
        <source>&amp;Verify the audit chain</source>
        <translation>&amp;Verify the audit chain</translation>
    </message>
    <message>
        <source>&amp;Branch information</source>
        <translation>&amp;Branch information</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Staff…</translation>
    </message>
    <message>
        <source>&amp;Windows and printers…</source>
        <translation>&amp;Windows and printers…</translation>
    </message>
    <message>
        <source>S&amp;ync with head office</source>
        <translation>S&amp;ync with head office</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>User &amp;manual</translation>
    </message>
    <message>
        <source>&amp;About CounterDesk</source>
        <translation>&amp;About CounterDesk</translation>
    </message>
    <message>
        <source>CounterDesk — %1</source>
        <translation>CounterDesk — %1</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>Not available in this version yet.</translation>
    </message>
    <message>
        <source>Branch %1 · %2 · business day %3</source>
        <translation>Branch %1 · %2 · business day %3</translation>
    </message>
    <message>
        <source>SQLCipher %1, data version %2</source>
        <translation>SQLCipher %1, data version %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting for the nightly sync</source>
        <translation>
            <numerusform>%n event waiting for the nightly sync</numerusform>
            <numerusform>%n events waiting for the nightly sync</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 staff accounts, %2 customers</source>
        <translation>%1 staff accounts, %2 customers</translation>
    </message>
    <message>
        <source>Branch database open</source>
        <translation>Branch database open</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, verified intact</source>
        <translation>
            <numerusform>%n entry, verified intact</numerusform>
            <numerusform>%n entries, verified intact</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Audit chain</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n entries verified.</source>
        <translation>
            <numerusform>The audit chain is intact: %n entry verified.</numerusform>
            <numerusform>The audit chain is intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN at entry %1</source>
        <translation>BROKEN at entry %1</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2.
The records may have been changed outside CounterDesk. Tell your administrator.</source>
        <translation>The audit chain is broken at entry %1: %2.
The records may have been changed outside CounterDesk. Tell your administrator.</translation>
    </message>
    <message>
        <source>No service catalogue</source>
        <translation>No service catalogue</translation>
    </message>
    <message>
        <source>This branch has no service catalogue from head office yet, so no service can be opened. Import one (counterdesk-cli catalogue import).</source>
        <translation>This branch has no service catalogue from head office yet, so no service can be opened. Import one (counterdesk-cli catalogue import).</translation>
    </message>
    <message>
        <source>CounterDesk — %1 — window %2 — %3</source>
        <translation>CounterDesk — %1 — window %2 — %3</translation>
    </message>
    <message>
        <source>%1 signed in at window %2</source>
        <translation>%1 signed in at window %2</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Standard answers</source>
        <translation>Standard answers</translation>
    </message>
    <message>
        <source>Hall &amp;host and pairing…</source>
        <translation>Hall &amp;host and pairing…</translation>
    </message>
    <message>
        <source>Manager's &amp;console</source>
        <translation>Manager's &amp;console</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Language…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of this PC's screens:</source>
        <translation>Language of this PC's screens:</translation>
    </message>
    <message>
        <source>The choice could not be saved in your settings.</source>
        <translation>The choice could not be saved in your settings.</translation>
    </message>
    <message>
        <source>CounterDesk will show %1 the next time it starts. Documents for customers keep the branch's document language.</source>
        <translation>CounterDesk will show %1 the next time it starts. Documents for customers keep the branch's document language.</translation>
    </message>
    <message>
        <source>Head office could not be reached at %1 (%2). Nothing is lost: the events are kept and sent at the next sync; the hall goes on serving.</source>
        <translation>Head office could not be reached at %1 (%2). Nothing is lost: the events are kept and sent at the next sync; the hall goes on serving.</translation>
    </message>
</context>
<context>
    <name>ManagerConsole</name>
    <message>
        <source>Manager's console</source>
        <translation>Manager's console</translation>
    </message>
    <message>
        <source>Hall now</source>
        <translation>Hall now</translation>
    </message>
    <message>
        <source>Record the &amp;contact…</source>
        <translation>Record the &amp;contact…</translation>
    </message>
    <message>
        <source>Close with the &amp;outcome…</source>
        <translation>Close with the &amp;outcome…</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>Rectifications</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue complaint(s) escalated to head office.</source>
        <translation>
            <numerusform>%n overdue complaint(s) escalated to head office.</numerusform>
            <numerusform>%n overdue complaint(s) escalated to head office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, the longest for %1 min · %2 of %3 windows open</source>
        <translation>
            <numerusform>%n waiting, the longest for %1 min · %2 of %3 windows open</numerusform>
            <numerusform>%n waiting, the longest for %1 min · %2 of %3 windows open</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue cases: %1 · open complaints: %2 (overdue %3) · open rectifications: %4 (overdue %5)</source>
        <translation>Overdue cases: %1 · open complaints: %2 (overdue %3) · open rectifications: %4 (overdue %5)</translation>
    </message>
    <message>
        <source>Waiting per service</source>
        <translation>Waiting per service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Select a rectification first.</source>
        <translation>Select a rectification first.</translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation>Contact with the customer</translation>
    </message>
    <message>
        <source>Who contacted the customer, how and when, and what was said:</source>
        <translation>Who contacted the customer, how and when, and what was said:</translation>
    </message>
    <message>
        <source>The contact is recorded.</source>
        <translation>The contact is recorded.</translation>
    </message>
    <message>
        <source>Close the rectification</source>
        <translation>Close the rectification</translation>
    </message>
    <message>
        <source>What was put right (the outcome):</source>
        <translation>What was put right (the outcome):</translation>
    </message>
    <message>
        <source>The rectification is closed.</source>
        <translation>The rectification is closed.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Based on</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation>Bad ratings</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% waited at most</translation>
    </message>
    <message>
        <source>Called within %1 minutes</source>
        <translation>Called within %1 minutes</translation>
    </message>
    <message>
        <source>Average wait (response time)</source>
        <translation>Average wait (response time)</translation>
    </message>
    <message>
        <source>Average time to answer a consultation</source>
        <translation>Average time to answer a consultation</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>Cases ready by the promised date</source>
        <translation>Cases ready by the promised date</translation>
    </message>
    <message>
        <source>Complaints answered within %1 working days</source>
        <translation>Complaints answered within %1 working days</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Shares against targets (%)</source>
        <translation>Shares against targets (%)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last successful sync: %1
Last attempt: %2
Events waiting for head office: %3</source>
        <translation>Last successful sync: %1
Last attempt: %2
Events waiting for head office: %3</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendar: %1</translation>
    </message>
    <message>
        <source>Synced with head office: %1 events sent.</source>
        <translation>Synced with head office: %1 events sent.</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Change the day's &amp;places…</source>
        <translation>Change the day's &amp;places…</translation>
    </message>
    <message>
        <source>&amp;Message the customers listed</source>
        <translation>&amp;Message the customers listed</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Booked / places</source>
        <translation>Booked / places</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Bookings beyond the day's places (kept; call or message these customers):</source>
        <translation>Bookings beyond the day's places (kept; call or message these customers):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Only a manager may change a day's places.</source>
        <translation>Only a manager may change a day's places.</translation>
    </message>
    <message>
        <source>Choose a slot of the service whose places change.</source>
        <translation>Choose a slot of the service whose places change.</translation>
    </message>
    <message>
        <source>Places on %1</source>
        <translation>Places on %1</translation>
    </message>
    <message>
        <source>Every slot of %1 on that day gets this many places. No booking is cancelled.</source>
        <translation>Every slot of %1 on that day gets this many places. No booking is cancelled.</translation>
    </message>
    <message>
        <source>Places per slot:</source>
        <translation>Places per slot:</translation>
    </message>
    <message>
        <source>The places are a whole number.</source>
        <translation>The places are a whole number.</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS queued for the nightly sync.</source>
        <translation>
            <numerusform>%n SMS queued for the nightly sync.</numerusform>
            <numerusform>%n SMS queued for the nightly sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MobileNumberValidator</name>
    <message>
        <source>No mobile number given.</source>
        <translation>No mobile number given.</translation>
    </message>
    <message>
        <source>Only mainland numbers (+86) are accepted; %1 has another country code.</source>
        <translation>Only mainland numbers (+86) are accepted; %1 has another country code.</translation>
    </message>
    <message>
        <source>Character '%1' is not allowed in a mobile number (digits, spaces, hyphens and a +86 prefix are).</source>
        <translation>Character '%1' is not allowed in a mobile number (digits, spaces, hyphens and a +86 prefix are).</translation>
    </message>
    <message>
        <source>11 digits expected, got %1.</source>
        <translation>11 digits expected, got %1.</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 1, not %1.</source>
        <translation>A mainland mobile number starts with 1, not %1.</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 13 to 19, not %1.</source>
        <translation>A mainland mobile number starts with 13 to 19, not %1.</translation>
    </message>
</context>
<context>
    <name>MonthlyBulletin</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Services no longer in the catalogue</source>
        <translation>Services no longer in the catalogue</translation>
    </message>
    <message>
        <source>Monthly service bulletin</source>
        <translation>Monthly service bulletin</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>%1 to %2 (the month is not over)</source>
        <translation>%1 to %2 (the month is not over)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Tickets:</source>
        <translation>Tickets:</translation>
    </message>
    <message>
        <source>%1 issued, %2 served, %3 no-shows</source>
        <translation>%1 issued, %2 served, %3 no-shows</translation>
    </message>
    <message>
        <source>Waits:</source>
        <translation>Waits:</translation>
    </message>
    <message>
        <source>average %1, 90% within %2, longest %3 (min:s)</source>
        <translation>average %1, 90% within %2, longest %3 (min:s)</translation>
    </message>
    <message>
        <source>Service time:</source>
        <translation>Service time:</translation>
    </message>
    <message>
        <source>average %1, 90% within %2 (min:s)</source>
        <translation>average %1, 90% within %2 (min:s)</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Ratings:</translation>
    </message>
    <message>
        <source>%1 ratings; satisfaction %2; very satisfied %3; dissatisfied %4</source>
        <translation>%1 ratings; satisfaction %2; very satisfied %3; dissatisfied %4</translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation>Complaints:</translation>
    </message>
    <message>
        <source>%1 received; answered in time %2; answered late %3; open past the limit %4; open within it %5</source>
        <translation>%1 received; answered in time %2; answered late %3; open past the limit %4; open within it %5</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>Key figures against targets</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Based on</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Called within %1 minutes</source>
        <translation>Called within %1 minutes</translation>
    </message>
    <message>
        <source>Average wait (response time)</source>
        <translation>Average wait (response time)</translation>
    </message>
    <message>
        <source>Average time to answer a consultation</source>
        <translation>Average time to answer a consultation</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>Cases ready by the promised date</source>
        <translation>Cases ready by the promised date</translation>
    </message>
    <message>
        <source>Complaints answered within %1 working days</source>
        <translation>Complaints answered within %1 working days</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Times are minutes:seconds. Based on: called tickets, consultations served, ratings, cases ready, and complaints answered or overdue.</source>
        <translation>Times are minutes:seconds. Based on: called tickets, consultations served, ratings, cases ready, and complaints answered or overdue.</translation>
    </message>
    <message>
        <source>Requests by type (tickets issued)</source>
        <translation>Requests by type (tickets issued)</translation>
    </message>
    <message>
        <source>Requests by type</source>
        <translation>Requests by type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Tickets issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Other records</translation>
    </message>
    <message>
        <source>Each ticket counts under the request type its service has in the catalogue. Other records: consultation, questions recorded to answer later; business, cases accepted; complaint, complaints recorded from any channel. Repair, praise, suggestion, callback and reminder have no records besides their tickets.</source>
        <translation>Each ticket counts under the request type its service has in the catalogue. Other records: consultation, questions recorded to answer later; business, cases accepted; complaint, complaints recorded from any channel. Repair, praise, suggestion, callback and reminder have no records besides their tickets.</translation>
    </message>
    <message>
        <source>Busiest services (tickets issued)</source>
        <translation>Busiest services (tickets issued)</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Top services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>90% wait</source>
        <translation>90% wait</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>By clerk</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>One-time notices</source>
        <translation>One-time notices</translation>
    </message>
    <message>
        <source>Cases on time</source>
        <translation>Cases on time</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>A clerk's tickets are those they finished or marked as no-shows; their complaints are those that name them.</source>
        <translation>A clerk's tickets are those they finished or marked as no-shows; their complaints are those that name them.</translation>
    </message>
    <message>
        <source>Longest waits</source>
        <translation>Longest waits</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Complaints and their outcomes</source>
        <translation>Complaints and their outcomes</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>From head office</source>
        <translation>From head office</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>by letter</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>by SMS</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Answered in time</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <source>Open past the limit, escalated to head office</source>
        <translation>Open past the limit, escalated to head office</translation>
    </message>
    <message>
        <source>Open past the limit</source>
        <translation>Open past the limit</translation>
    </message>
    <message>
        <source>Open, within the limit</source>
        <translation>Open, within the limit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Complaints recorded in the period, judged as of %1.</source>
        <translation>Complaints recorded in the period, judged as of %1.</translation>
    </message>
    <message>
        <source>The daily logs added up</source>
        <translation>The daily logs added up</translation>
    </message>
    <message>
        <source>Cases opened: %1; one-time notices: %2; accepted: %3</source>
        <translation>Cases opened: %1; one-time notices: %2; accepted: %3</translation>
    </message>
    <message>
        <source>Refused: %1; referred: %2; ready: %3; extended: %4; cancelled: %5</source>
        <translation>Refused: %1; referred: %2; ready: %3; extended: %4; cancelled: %5</translation>
    </message>
    <message>
        <source>Questions recorded to answer later: %1; answered: %2; reprints: %3</source>
        <translation>Questions recorded to answer later: %1; answered: %2; reprints: %3</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>How the figures are counted</translation>
    </message>
    <message>
        <source>A wait runs from the issue of the ticket (for a booking, from the start of its slot) to its first call.</source>
        <translation>A wait runs from the issue of the ticket (for a booking, from the start of its slot) to its first call.</translation>
    </message>
    <message>
        <source>The satisfaction rate is the share of ratings that are very satisfied, satisfied or fairly satisfied.</source>
        <translation>The satisfaction rate is the share of ratings that are very satisfied, satisfied or fairly satisfied.</translation>
    </message>
    <message>
        <source>A case is on time when it is ready on or before the date printed on its receipt; an extension does not move that date.</source>
        <translation>A case is on time when it is ready on or before the date printed on its receipt; an extension does not move that date.</translation>
    </message>
    <message>
        <source>A complaint is answered in time within %1 working days of receipt.</source>
        <translation>A complaint is answered in time within %1 working days of receipt.</translation>
    </message>
    <message>
        <source>Tickets, cases and questions are counted as in the daily logs, so the month's figures are its days' figures added up.</source>
        <translation>Tickets, cases and questions are counted as in the daily logs, so the month's figures are its days' figures added up.</translation>
    </message>
    <message>
        <source>Compiled on %1</source>
        <translation>Compiled on %1</translation>
    </message>
    <message>
        <source>Compiled by:</source>
        <translation>Compiled by:</translation>
    </message>
    <message>
        <source>Hall manager:</source>
        <translation>Hall manager:</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Bookings for the month's slots: %1; checked in: %2 (served: %3); no-shows: %4; still to come: %5; cancelled: %6</source>
        <translation>Bookings for the month's slots: %1; checked in: %2 (served: %3); no-shows: %4; still to come: %5; cancelled: %6</translation>
    </message>
    <message>
        <source>Booked customers waited on average %1, 90% within %2 (%3 called); walk-ins %4, 90% within %5 (%6 called)</source>
        <translation>Booked customers waited on average %1, 90% within %2 (%3 called); walk-ins %4, 90% within %5 (%6 called)</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message numerus="yes">
        <source>Monthly report %1 (time zone %2), %n branch(es)</source>
        <translation>
            <numerusform>Monthly report %1 (time zone %2), %n branch(es)</numerusform>
            <numerusform>Monthly report %1 (time zone %2), %n branch(es)</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Comparison (by tickets served)</source>
        <translation>Comparison (by tickets served)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <source>No-show %</source>
        <translation>No-show %</translation>
    </message>
    <message>
        <source>Bad rating %</source>
        <translation>Bad rating %</translation>
    </message>
    <message>
        <source>Open cmpl.</source>
        <translation>Open cmpl.</translation>
    </message>
</context>
<context>
    <name>NightlyBackup</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>PairedCounterWindow</name>
    <message>
        <source>CounterDesk — paired counter</source>
        <translation>CounterDesk — paired counter</translation>
    </message>
    <message>
        <source>Sign in to work the hall's queue.</source>
        <translation>Sign in to work the hall's queue.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in at a counter</source>
        <translation>Sign in at a counter</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Window number:</source>
        <translation>Window number:</translation>
    </message>
    <message>
        <source>Signing in on the hall host…</source>
        <translation>Signing in on the hall host…</translation>
    </message>
    <message>
        <source>The hall host cannot be reached (%1). Check the network cable and that the host is running, then try again.</source>
        <translation>The hall host cannot be reached (%1). Check the network cable and that the host is running, then try again.</translation>
    </message>
    <message>
        <source>Signed in as %1 at window %2 — hall host of branch %3</source>
        <translation>Signed in as %1 at window %2 — hall host of branch %3</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation>&amp;Call next</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>&amp;Recall</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;No-show</translation>
    </message>
    <message>
        <source>&amp;Walk-in</source>
        <translation>&amp;Walk-in</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pause…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Cannot read the passphrase file %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>The passphrase file %1 is empty.</translation>
    </message>
    <message>
        <source>no passphrase is stored in the keychain for this branch</source>
        <translation>no passphrase is stored in the keychain for this branch</translation>
    </message>
    <message>
        <source>the keychain is not available (%1)</source>
        <translation>the keychain is not available (%1)</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The document could not be laid out.</source>
        <translation>The document could not be laid out.</translation>
    </message>
</context>
<context>
    <name>PdfPrintSink</name>
    <message>
        <source>The PDF folder %1 does not exist or cannot be written to.</source>
        <translation>The PDF folder %1 does not exist or cannot be written to.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>serve customers at a window</source>
        <translation>serve customers at a window</translation>
    </message>
    <message>
        <source>issue queue tickets</source>
        <translation>issue queue tickets</translation>
    </message>
    <message>
        <source>mark a priority group</source>
        <translation>mark a priority group</translation>
    </message>
    <message>
        <source>cancel an accepted case</source>
        <translation>cancel an accepted case</translation>
    </message>
    <message>
        <source>reprint a receipt</source>
        <translation>reprint a receipt</translation>
    </message>
    <message>
        <source>change a day whose log is signed</source>
        <translation>change a day whose log is signed</translation>
    </message>
    <message>
        <source>sign the daily log</source>
        <translation>sign the daily log</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>handle complaints</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>view reports</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>manage staff accounts</translation>
    </message>
    <message>
        <source>manage the branch's settings</source>
        <translation>manage the branch's settings</translation>
    </message>
</context>
<context>
    <name>PrintSampleCommand</name>
    <message>
        <source>Render a document with demo data to PDF: %1.</source>
        <translation>Render a document with demo data to PDF: %1.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The document's language: zh_CN (default), zh_TW or en.</source>
        <translation>The document's language: zh_CN (default), zh_TW or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>A4 (default) or A5; for a ticket 80 (mm, default) or 58.</source>
        <translation>A4 (default) or A5; for a ticket 80 (mm, default) or 58.</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli print-sample %1 --out FILE.pdf [--lang zh_CN|zh_TW|en] [--paper A4|A5] (a ticket: [--paper 80|58])</source>
        <translation>Usage: counterdesk-cli print-sample %1 --out FILE.pdf [--lang zh_CN|zh_TW|en] [--paper A4|A5] (a ticket: [--paper 80|58])</translation>
    </message>
</context>
<context>
    <name>PrinterSink</name>
    <message>
        <source>No printer is chosen for this station.</source>
        <translation>No printer is chosen for this station.</translation>
    </message>
    <message>
        <source>The printer “%1” is not installed on this PC (or was renamed). Check its cable and power, or choose it again in the station's printer settings.</source>
        <translation>The printer “%1” is not installed on this PC (or was renamed). Check its cable and power, or choose it again in the station's printer settings.</translation>
    </message>
    <message>
        <source>The printer “%1” reports a problem: check the paper, the cover and that it is switched on.</source>
        <translation>The printer “%1” reports a problem: check the paper, the cover and that it is switched on.</translation>
    </message>
    <message>
        <source>The printer “%1” cannot be used now. Check that it is switched on and connected.</source>
        <translation>The printer “%1” cannot be used now. Check that it is switched on and connected.</translation>
    </message>
    <message>
        <source>The printer “%1” did not accept the job (offline or switched off?).</source>
        <translation>The printer “%1” did not accept the job (offline or switched off?).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The printer “%1” reported an error while printing %2.</source>
        <translation>The printer “%1” reported an error while printing %2.</translation>
    </message>
    <message>
        <source>Printing %2 on “%1” was cancelled.</source>
        <translation>Printing %2 on “%1” was cancelled.</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>The catalogue is not a JSON object (%1 at byte %2).</source>
        <translation>The catalogue is not a JSON object (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The catalogue is not valid: %1</source>
        <translation>The catalogue is not valid: %1</translation>
    </message>
    <message>
        <source>Published catalogue version %1.</source>
        <translation>Published catalogue version %1.</translation>
    </message>
    <message>
        <source>Published catalogue version %1 (the file said %2; head office numbers each publication after the newest, %3).</source>
        <translation>Published catalogue version %1 (the file said %2; head office numbers each publication after the newest, %3).</translation>
    </message>
    <message>
        <source>The calendar's version must be a positive number.</source>
        <translation>The calendar's version must be a positive number.</translation>
    </message>
    <message>
        <source>The calendar file is not valid: %1</source>
        <translation>The calendar file is not valid: %1</translation>
    </message>
    <message>
        <source>Calendar version %1 is not newer than the newest published, %2.</source>
        <translation>Calendar version %1 is not newer than the newest published, %2.</translation>
    </message>
    <message>
        <source>Published calendar version %1.</source>
        <translation>Published calendar version %1.</translation>
    </message>
    <message>
        <source>Version %1 was published meanwhile; nothing was changed.</source>
        <translation>Version %1 was published meanwhile; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>'queue show', 'call --window N [--number A001]', 'recall', 'no-show', 'park', 'resume --number', 'transfer', 'serve', 'finish', 'windows', 'window', 'config': the hall's queue.</source>
        <translation>'queue show', 'call --window N [--number A001]', 'recall', 'no-show', 'park', 'resume --number', 'transfer', 'serve', 'finish', 'windows', 'window', 'config': the hall's queue.</translation>
    </message>
    <message>
        <source>The counter window's number.</source>
        <translation>The counter window's number.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>call, resume: the ticket's number (e.g. A001).</source>
        <translation>call, resume: the ticket's number (e.g. A001).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>transfer: to this service.</source>
        <translation>transfer: to this service.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>transfer: to this window only.</source>
        <translation>transfer: to this window only.</translation>
    </message>
    <message>
        <source>window: the services it calls, in order, separated by commas.</source>
        <translation>window: the services it calls, in order, separated by commas.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>window: its name on screens.</source>
        <translation>window: its name on screens.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>window: staffed (counts for wait estimates).</source>
        <translation>window: staffed (counts for wait estimates).</translation>
    </message>
    <message>
        <source>window: not staffed.</source>
        <translation>window: not staffed.</translation>
    </message>
    <message>
        <source>window: remove it.</source>
        <translation>window: remove it.</translation>
    </message>
    <message>
        <source>config: change a setting (repeatable): %1.</source>
        <translation>config: change a setting (repeatable): %1.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli queue show | windows | config [--set KEY=VALUE] | %1 --window N  --data-dir DIR</source>
        <translation>Usage: counterdesk-cli queue show | windows | config [--set KEY=VALUE] | %1 --window N  --data-dir DIR</translation>
    </message>
    <message>
        <source>Say which window: --window N.</source>
        <translation>Say which window: --window N.</translation>
    </message>
    <message>
        <source>Say which parked ticket: --number NUMBER.</source>
        <translation>Say which parked ticket: --number NUMBER.</translation>
    </message>
    <message numerus="yes">
        <source>Business day %1: %n waiting.</source>
        <translation>
            <numerusform>Business day %1: %n waiting.</numerusform>
            <numerusform>Business day %1: %n waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli queue window --window N --services CODE,CODE [--name NAME] [--open|--closed] | --window N --open|--closed | --window N --remove</source>
        <translation>Usage: counterdesk-cli queue window --window N --services CODE,CODE [--name NAME] [--open|--closed] | --window N --open|--closed | --window N --remove</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, e.g. %1=20</source>
        <translation>--set takes KEY=VALUE, e.g. %1=20</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Window %1 — %2</source>
        <translation>Window %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for this window; the longest for %1 min.</source>
        <translation>
            <numerusform>%n waiting for this window; the longest for %1 min.</numerusform>
            <numerusform>%n waiting for this window; the longest for %1 min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Window %1 is not set up for any service.</source>
        <translation>Window %1 is not set up for any service.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>Finish or transfer %1 first.</source>
        <translation>Finish or transfer %1 first.</translation>
    </message>
    <message>
        <source>Serving a customer without a ticket.</source>
        <translation>Serving a customer without a ticket.</translation>
    </message>
    <message>
        <source>Transfer the ticket</source>
        <translation>Transfer the ticket</translation>
    </message>
    <message>
        <source>To service (code, or empty):</source>
        <translation>To service (code, or empty):</translation>
    </message>
    <message>
        <source>To window (number, or empty):</source>
        <translation>To window (number, or empty):</translation>
    </message>
    <message>
        <source>Pause the window</source>
        <translation>Pause the window</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>A pause needs a reason.</source>
        <translation>A pause needs a reason.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waiting (%2 min)</source>
        <translation>
            <numerusform>%1: %n waiting (%2 min)</numerusform>
            <numerusform>%1: %n waiting (%2 min)</numerusform>
        </translation>
    </message>
    <message>
        <source>The hall host is back; the queue is up to date.</source>
        <translation>The hall host is back; the queue is up to date.</translation>
    </message>
    <message>
        <source>The hall host cannot be reached (%1). Retrying… Go on serving the customer at your window; calling the next one waits until the host is back.</source>
        <translation>The hall host cannot be reached (%1). Retrying… Go on serving the customer at your window; calling the next one waits until the host is back.</translation>
    </message>
    <message>
        <source>The hall host did not answer (%1): nothing was done, or it will show when the host is back. Try again in a moment.</source>
        <translation>The hall host did not answer (%1): nothing was done, or it will show when the host is back. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>QueueSettings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 must be the hall host's web address, e.g. https://hall.example.cn</source>
        <translation>%1 must be the hall host's web address, e.g. https://hall.example.cn</translation>
    </message>
    <message>
        <source>%1 must be zh_CN or zh_TW: a ticket is printed in Chinese first.</source>
        <translation>%1 must be zh_CN or zh_TW: a ticket is printed in Chinese first.</translation>
    </message>
    <message>
        <source>%1 must be en, zh_TW, zh_CN or none.</source>
        <translation>%1 must be en, zh_TW, zh_CN or none.</translation>
    </message>
    <message>
        <source>Unknown setting: %1</source>
        <translation>Unknown setting: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 may be at most %n characters long.</source>
        <translation>
            <numerusform>%1 may be at most %n characters long.</numerusform>
            <numerusform>%1 may be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingBook</name>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Professionalism</source>
        <translation>Professionalism</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Choose one of the five levels.</source>
        <translation>Choose one of the five levels.</translation>
    </message>
    <message>
        <source>Each criterion is rated from 1 to 5.</source>
        <translation>Each criterion is rated from 1 to 5.</translation>
    </message>
    <message>
        <source>The comment is too long (at most %1 characters).</source>
        <translation>The comment is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>We cannot find this ticket. A ticket can be rated on the day it was taken.</source>
        <translation>We cannot find this ticket. A ticket can be rated on the day it was taken.</translation>
    </message>
    <message>
        <source>Window %1 has not finished serving anybody today.</source>
        <translation>Window %1 has not finished serving anybody today.</translation>
    </message>
    <message>
        <source>Ticket %1 has not been served yet: you can rate it once the service is finished.</source>
        <translation>Ticket %1 has not been served yet: you can rate it once the service is finished.</translation>
    </message>
    <message>
        <source>Ticket %1 has already been rated. Thank you!</source>
        <translation>Ticket %1 has already been rated. Thank you!</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Thank you for your rating.</translation>
    </message>
    <message>
        <source>There is no rectification number %1.</source>
        <translation>There is no rectification number %1.</translation>
    </message>
    <message>
        <source>Rectification %1 is already closed.</source>
        <translation>Rectification %1 is already closed.</translation>
    </message>
    <message>
        <source>Say how and when the customer was contacted (at most %1 characters).</source>
        <translation>Say how and when the customer was contacted (at most %1 characters).</translation>
    </message>
    <message>
        <source>A rectification closes only with its outcome (at most %1 characters).</source>
        <translation>A rectification closes only with its outcome (at most %1 characters).</translation>
    </message>
</context>
<context>
    <name>RatingCommand</name>
    <message>
        <source>'rating list|summary [--from DATE] [--to DATE]': customers' ratings, one line each, or each clerk's and service's figures.</source>
        <translation>'rating list|summary [--from DATE] [--to DATE]': customers' ratings, one line each, or each clerk's and service's figures.</translation>
    </message>
    <message>
        <source>list | summary</source>
        <translation>list | summary</translation>
    </message>
    <message>
        <source>The first business day (YYYY-MM-DD; default: today).</source>
        <translation>The first business day (YYYY-MM-DD; default: today).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The last business day (YYYY-MM-DD; default: the first).</source>
        <translation>The last business day (YYYY-MM-DD; default: the first).</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli rating list|summary [--from YYYY-MM-DD] [--to YYYY-MM-DD]  --data-dir DIR</source>
        <translation>Usage: counterdesk-cli rating list|summary [--from YYYY-MM-DD] [--to YYYY-MM-DD]  --data-dir DIR</translation>
    </message>
    <message>
        <source>Give the period as --from YYYY-MM-DD --to YYYY-MM-DD (to not before from).</source>
        <translation>Give the period as --from YYYY-MM-DD --to YYYY-MM-DD (to not before from).</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>window %1</translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <source>Rate our service — window %1</source>
        <translation>Rate our service — window %1</translation>
    </message>
    <message>
        <source>Ticket %1: how satisfied are you with our service?</source>
        <translation>Ticket %1: how satisfied are you with our service?</translation>
    </message>
    <message>
        <source>Welcome! Please rate our service when it is finished.</source>
        <translation>Welcome! Please rate our service when it is finished.</translation>
    </message>
    <message>
        <source>Rating &amp;pad for the customer…</source>
        <translation>Rating &amp;pad for the customer…</translation>
    </message>
    <message>
        <source>Rating pad</source>
        <translation>Rating pad</translation>
    </message>
    <message>
        <source>Sign in at a window first: the pad rates the tickets that window serves.</source>
        <translation>Sign in at a window first: the pad rates the tickets that window serves.</translation>
    </message>
</context>
<context>
    <name>ReceptionBookingDialog</name>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Book for a customer</source>
        <translation>Book for a customer</translation>
    </message>
    <message>
        <source>Check in or cancel by code</source>
        <translation>Check in or cancel by code</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>S&amp;lot:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Mobile number (11 digits)</source>
        <translation>Mobile number (11 digits)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Book and print the slip</source>
        <translation>&amp;Book and print the slip</translation>
    </message>
    <message>
        <source>Print the slip again</source>
        <translation>Print the slip again</translation>
    </message>
    <message>
        <source>Type or scan the booking code (or the booking page's QR code), then check the customer in or cancel the booking.</source>
        <translation>Type or scan the booking code (or the booking page's QR code), then check the customer in or cancel the booking.</translation>
    </message>
    <message>
        <source>&amp;Check in and print the ticket</source>
        <translation>&amp;Check in and print the ticket</translation>
    </message>
    <message>
        <source>Cancel the &amp;booking</source>
        <translation>Cancel the &amp;booking</translation>
    </message>
    <message>
        <source>Take an &amp;ordinary ticket instead</source>
        <translation>Take an &amp;ordinary ticket instead</translation>
    </message>
    <message>
        <source>%1   booked %2 / %3 places</source>
        <translation>%1   booked %2 / %3 places</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(closed)</translation>
    </message>
    <message>
        <source>(full)</source>
        <translation>(full)</translation>
    </message>
    <message>
        <source>Number checked (click the field to type it again)</source>
        <translation>Number checked (click the field to type it again)</translation>
    </message>
    <message>
        <source>Choose a free slot first.</source>
        <translation>Choose a free slot first.</translation>
    </message>
    <message>
        <source>Type the customer's name.</source>
        <translation>Type the customer's name.</translation>
    </message>
    <message>
        <source>Type the customer's mobile number.</source>
        <translation>Type the customer's mobile number.</translation>
    </message>
    <message>
        <source>%1 The slip is printing: give it to the customer.</source>
        <translation>%1 The slip is printing: give it to the customer.</translation>
    </message>
    <message>
        <source>%1 The slip could not be printed (%2): tell the customer the code, or print the slip again.</source>
        <translation>%1 The slip could not be printed (%2): tell the customer the code, or print the slip again.</translation>
    </message>
    <message>
        <source>The slip for %1 is printing again.</source>
        <translation>The slip for %1 is printing again.</translation>
    </message>
    <message>
        <source>The slip could not be printed: %1</source>
        <translation>The slip could not be printed: %1</translation>
    </message>
    <message>
        <source>%1, %2 at %3: %4, %5 (%6)</source>
        <translation>%1, %2 at %3: %4, %5 (%6)</translation>
    </message>
    <message>
        <source>Type or scan the booking code first.</source>
        <translation>Type or scan the booking code first.</translation>
    </message>
    <message>
        <source>No booking has the code %1.</source>
        <translation>No booking has the code %1.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Cancel the booking</translation>
    </message>
    <message>
        <source>Cancel the booking %1 (%2)? Its place becomes free for others.</source>
        <translation>Cancel the booking %1 (%2)? Its place becomes free for others.</translation>
    </message>
</context>
<context>
    <name>RectificationListModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation>Contact with the customer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>RekeyCommand</name>
    <message>
        <source>'rekey [--new-passphrase-file FILE]': give the branch's database a new passphrase (a crash leaves it with the old or the new one).</source>
        <translation>'rekey [--new-passphrase-file FILE]': give the branch's database a new passphrase (a crash leaves it with the old or the new one).</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (else it is typed twice on the terminal).</source>
        <translation>Read the new passphrase from the first line of FILE (else it is typed twice on the terminal).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli rekey --data-dir DIR [--passphrase-file FILE] [--new-passphrase-file FILE]</source>
        <translation>Usage: counterdesk-cli rekey --data-dir DIR [--passphrase-file FILE] [--new-passphrase-file FILE]</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repeat the new passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>The two passphrases differ; nothing was changed.</translation>
    </message>
    <message>
        <source>No new passphrase: give --new-passphrase-file FILE, or run this on a terminal to type it twice. Nothing was changed.</source>
        <translation>No new passphrase: give --new-passphrase-file FILE, or run this on a terminal to type it twice. Nothing was changed.</translation>
    </message>
    <message>
        <source>The keychain now holds the new passphrase.</source>
        <translation>The keychain now holds the new passphrase.</translation>
    </message>
    <message>
        <source>The keychain could not be updated (%1): it still holds the old passphrase, which no longer opens the branch. CounterDesk will ask for the new one at its next start; let it remember that one.</source>
        <translation>The keychain could not be updated (%1): it still holds the old passphrase, which no longer opens the branch. CounterDesk will ask for the new one at its next start; let it remember that one.</translation>
    </message>
    <message>
        <source>The keychain is not available here (%1), so it was not updated. If CounterDesk remembers this branch's passphrase in a desktop keychain, it will ask for the new one at its next start there; let it remember that one.</source>
        <translation>The keychain is not available here (%1), so it was not updated. If CounterDesk remembers this branch's passphrase in a desktop keychain, it will ask for the new one at its next start there; let it remember that one.</translation>
    </message>
    <message>
        <source>Write the new passphrase into %1 and every other passphrase file of this branch (the hall host's service), or they will no longer open it.</source>
        <translation>Write the new passphrase into %1 and every other passphrase file of this branch (the hall host's service), or they will no longer open it.</translation>
    </message>
    <message>
        <source>Scripts that set %1 need the new passphrase.</source>
        <translation>Scripts that set %1 need the new passphrase.</translation>
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
        <translation>The PDF to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also write the figures as CSV.</source>
        <translation>Also write the figures as CSV.</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv] --data-dir DIR</source>
        <translation>Usage: counterdesk-cli report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv] --data-dir DIR</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>'report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv]': the daily log (signed, or a draft); 'report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv]': the monthly service bulletin; 'report targets [--set KEY=VALUE]': the KPI targets.</source>
        <translation>'report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv]': the daily log (signed, or a draft); 'report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv]': the monthly service bulletin; 'report targets [--set KEY=VALUE]': the KPI targets.</translation>
    </message>
    <message>
        <source>daily: the business day.</source>
        <translation>daily: the business day.</translation>
    </message>
    <message>
        <source>monthly: the month.</source>
        <translation>monthly: the month.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>targets: change a target (repeatable): %1.</source>
        <translation>targets: change a target (repeatable): %1.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>       counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv] --data-dir DIR</source>
        <translation>       counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv] --data-dir DIR</translation>
    </message>
    <message>
        <source>       counterdesk-cli report targets [--set KEY=VALUE] --data-dir DIR</source>
        <translation>       counterdesk-cli report targets [--set KEY=VALUE] --data-dir DIR</translation>
    </message>
    <message>
        <source>Not a month: '%1'. Give it as YYYY-MM, e.g. 2026-11.</source>
        <translation>Not a month: '%1'. Give it as YYYY-MM, e.g. 2026-11.</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv] --data-dir DIR</source>
        <translation>Usage: counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf [--csv FILE.csv] --data-dir DIR</translation>
    </message>
    <message>
        <source>%1 has not begun yet.</source>
        <translation>%1 has not begun yet.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 tickets, %4 complaints</source>
        <translation>%1 to %2: %3 tickets, %4 complaints</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, e.g. %1=95</source>
        <translation>--set takes KEY=VALUE, e.g. %1=95</translation>
    </message>
</context>
<context>
    <name>ResidentIdValidator</name>
    <message>
        <source>No identity number given.</source>
        <translation>No identity number given.</translation>
    </message>
    <message>
        <source>This is an old 15-digit identity number; only 18-character numbers are accepted.</source>
        <translation>This is an old 15-digit identity number; only 18-character numbers are accepted.</translation>
    </message>
    <message>
        <source>18 characters expected, got %1.</source>
        <translation>18 characters expected, got %1.</translation>
    </message>
    <message>
        <source>Character '%1' at position %2 is not a digit (the first 17 characters of an identity number are digits).</source>
        <translation>Character '%1' at position %2 is not a digit (the first 17 characters of an identity number are digits).</translation>
    </message>
    <message>
        <source>The last character must be a digit or X, not '%1'.</source>
        <translation>The last character must be a digit or X, not '%1'.</translation>
    </message>
    <message>
        <source>Region code %1 does not start with a province-level code (%2 is not one).</source>
        <translation>Region code %1 does not start with a province-level code (%2 is not one).</translation>
    </message>
    <message>
        <source>Birth date %1 is not a real date.</source>
        <translation>Birth date %1 is not a real date.</translation>
    </message>
    <message>
        <source>Birth date %1 is before 1900.</source>
        <translation>Birth date %1 is before 1900.</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future.</source>
        <translation>Birth date %1 is in the future.</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2.</source>
        <translation>The check character should be %1, not %2.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>'restore --from FILE': check a backup, then put it in the place of the branch's database (kept as branch.db.before-restore-…).</source>
        <translation>'restore --from FILE': check a backup, then put it in the place of the branch's database (kept as branch.db.before-restore-…).</translation>
    </message>
    <message>
        <source>The backup to restore. It opens with the passphrase the branch had when it was made; the branch has that passphrase afterwards.</source>
        <translation>The backup to restore. It opens with the passphrase the branch had when it was made; the branch has that passphrase afterwards.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli restore --data-dir DIR --from FILE [--passphrase-file FILE]</source>
        <translation>Usage: counterdesk-cli restore --data-dir DIR --from FILE [--passphrase-file FILE]</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>'serve --listen ADDR:PORT': runs the hall host (HTTPS API and push) until stopped.</source>
        <translation>'serve --listen ADDR:PORT': runs the hall host (HTTPS API and push) until stopped.</translation>
    </message>
    <message>
        <source>The address and port to listen on (default 0.0.0.0:8443; port 0 picks a free one).</source>
        <translation>The address and port to listen on (default 0.0.0.0:8443; port 0 picks a free one).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::]:8443.</source>
        <translation>--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::]:8443.</translation>
    </message>
    <message>
        <source>The hall host of %1 is running. Devices pin the certificate above. Stop with Ctrl+C or SIGTERM.</source>
        <translation>The hall host of %1 is running. Devices pin the certificate above. Stop with Ctrl+C or SIGTERM.</translation>
    </message>
    <message>
        <source>The hall host stopped (signal %1).</source>
        <translation>The hall host stopped (signal %1).</translation>
    </message>
    <message>
        <source>Synced with head office: %1 events sent, acknowledged up to %2.</source>
        <translation>Synced with head office: %1 events sent, acknowledged up to %2.</translation>
    </message>
    <message>
        <source>Sync with head office failed: %1</source>
        <translation>Sync with head office failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue complaint(s) escalated to head office.</source>
        <translation>
            <numerusform>%n overdue complaint(s) escalated to head office.</numerusform>
            <numerusform>%n overdue complaint(s) escalated to head office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nightly backup: %1 (%2 bytes, %3 audit entries); %n older backup(s) removed.</source>
        <translation>
            <numerusform>Nightly backup: %1 (%2 bytes, %3 audit entries); %n older backup(s) removed.</numerusform>
            <numerusform>Nightly backup: %1 (%2 bytes, %3 audit entries); %n older backup(s) removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nightly backup failed: %1</source>
        <translation>Nightly backup failed: %1</translation>
    </message>
</context>
<context>
    <name>ServePanel</name>
    <message>
        <source>Say:</source>
        <translation>Say:</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Sorry to keep you</source>
        <translation>Sorry to keep you</translation>
    </message>
    <message>
        <source>Farewell</source>
        <translation>Farewell</translation>
    </message>
    <message>
        <source>Customer and service</source>
        <translation>Customer and service</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Fees:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Agent's name:</source>
        <translation>Agent's name:</translation>
    </message>
    <message>
        <source>Agent's ID number:</source>
        <translation>Agent's ID number:</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Notice number (second visit)</source>
        <translation>Notice number (second visit)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Document checklist</source>
        <translation>Document checklist</translation>
    </message>
    <message>
        <source>One-time &amp;notice</source>
        <translation>One-time &amp;notice</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuse…</translation>
    </message>
    <message>
        <source>Refer &amp;elsewhere…</source>
        <translation>Refer &amp;elsewhere…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Print preview…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Why not valid</source>
        <translation>Why not valid</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>No case open.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Case %1, opened by %2</source>
        <translation>Case %1, opened by %2</translation>
    </message>
    <message>
        <source>Case %1 (notice %2), owned by %3</source>
        <translation>Case %1 (notice %2), owned by %3</translation>
    </message>
    <message>
        <source>copy ×%1</source>
        <translation>copy ×%1</translation>
    </message>
    <message>
        <source>original and copy ×%1</source>
        <translation>original and copy ×%1</translation>
    </message>
    <message>
        <source>original ×%1</source>
        <translation>original ×%1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <source>e.g. the copy is illegible</source>
        <translation>e.g. the copy is illegible</translation>
    </message>
    <message>
        <source>Type why the document is not valid: the customer will read it on the notice.</source>
        <translation>Type why the document is not valid: the customer will read it on the notice.</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Not archived</translation>
    </message>
    <message>
        <source>%1 %2 is recorded, but its PDF could not be archived: %3</source>
        <translation>%1 %2 is recorded, but its PDF could not be archived: %3</translation>
    </message>
    <message>
        <source>%1 %2 recorded and archived: %3</source>
        <translation>%1 %2 recorded and archived: %3</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <source>Accepted: case</source>
        <translation>Accepted: case</translation>
    </message>
    <message>
        <source>Promised by %1%2</source>
        <translation>Promised by %1%2</translation>
    </message>
    <message>
        <source> (provisional: the holiday calendar for that year is not published)</source>
        <translation> (provisional: the holiday calendar for that year is not published)</translation>
    </message>
    <message>
        <source>Refuse the application</source>
        <translation>Refuse the application</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>How to appeal:</source>
        <translation>How to appeal:</translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation>Notice of refusal</translation>
    </message>
    <message>
        <source>Refer to another department</source>
        <translation>Refer to another department</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>Referral slip</translation>
    </message>
    <message>
        <source>Notes and replies (checked against the forbidden phrases):</source>
        <translation>Notes and replies (checked against the forbidden phrases):</translation>
    </message>
    <message>
        <source>Application &amp;form</source>
        <translation>Application &amp;form</translation>
    </message>
    <message>
        <source>Print the service's application form, filled in, for the customer to check and sign</source>
        <translation>Print the service's application form, filled in, for the customer to check and sign</translation>
    </message>
    <message>
        <source>&amp;Question to answer later…</source>
        <translation>&amp;Question to answer later…</translation>
    </message>
    <message>
        <source>Write down a question you cannot answer now: you own it and promise a reply</source>
        <translation>Write down a question you cannot answer now: you own it and promise a reply</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>The application form could not be written: %1</source>
        <translation>The application form could not be written: %1</translation>
    </message>
    <message>
        <source>Application form ready: let the customer check and sign it, then mark it received in the checklist. %1</source>
        <translation>Application form ready: let the customer check and sign it, then mark it received in the checklist. %1</translation>
    </message>
    <message>
        <source>A question to answer later</source>
        <translation>A question to answer later</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>Customer's name:</source>
        <translation>Customer's name:</translation>
    </message>
    <message>
        <source>Mobile phone (the answer goes by SMS):</source>
        <translation>Mobile phone (the answer goes by SMS):</translation>
    </message>
    <message>
        <source>Question %1 recorded. You own it: tell the customer the answer comes by %2.</source>
        <translation>Question %1 recorded. You own it: tell the customer the answer comes by %2.</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>ID &amp;type:</translation>
    </message>
    <message>
        <source>Agent's ID type:</source>
        <translation>Agent's ID type:</translation>
    </message>
    <message>
        <source>The day is signed — a manager must authorise</source>
        <translation>The day is signed — a manager must authorise</translation>
    </message>
    <message>
        <source>Manager's login:</source>
        <translation>Manager's login:</translation>
    </message>
    <message>
        <source>Manager's password:</source>
        <translation>Manager's password:</translation>
    </message>
</context>
<context>
    <name>SignedDocument</name>
    <message>
        <source>not a valid JSON file (%1 at byte %2)</source>
        <translation>not a valid JSON file (%1 at byte %2)</translation>
    </message>
    <message>
        <source>not a head-office document (it names no format)</source>
        <translation>not a head-office document (it names no format)</translation>
    </message>
    <message>
        <source>a %1 document, not a %2 document</source>
        <translation>a %1 document, not a %2 document</translation>
    </message>
    <message>
        <source>the file holds no document</source>
        <translation>the file holds no document</translation>
    </message>
    <message>
        <source>the document is not signed</source>
        <translation>the document is not signed</translation>
    </message>
    <message>
        <source>unknown signature algorithm '%1'</source>
        <translation>unknown signature algorithm '%1'</translation>
    </message>
    <message>
        <source>signed by key %1, not by head office's pinned key %2</source>
        <translation>signed by key %1, not by head office's pinned key %2</translation>
    </message>
    <message>
        <source>the signature does not match the content: the document was changed after head office signed it</source>
        <translation>the signature does not match the content: the document was changed after head office signed it</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>'simulate --from YYYY-MM-DD --days N --windows K': realistic hall days (tickets, cases, ratings, complaints) on days without records, for demos and benchmarks.</source>
        <translation>'simulate --from YYYY-MM-DD --days N --windows K': realistic hall days (tickets, cases, ratings, complaints) on days without records, for demos and benchmarks.</translation>
    </message>
    <message>
        <source>The first day.</source>
        <translation>The first day.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>How many calendar days from the first (1 to %1); weekends and holidays are skipped.</source>
        <translation>How many calendar days from the first (1 to %1); weekends and holidays are skipped.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many counter windows are open (1 to %1): the branch's first ones, and new ones beside them when it has fewer. Each gets customers enough to keep it about two-thirds busy, with a queue at the mid-morning peak.</source>
        <translation>How many counter windows are open (1 to %1): the branch's first ones, and new ones beside them when it has fewer. Each gets customers enough to keep it about two-thirds busy, with a queue at the mid-morning peak.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same days (default 1).</source>
        <translation>The random seed: the same seed gives the same days (default 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The manager signs each simulated day's log in the evening.</source>
        <translation>The manager signs each simulated day's log in the evening.</translation>
    </message>
    <message>
        <source>First create the demo branch in the data folder, dated the morning of the first day (the folder must not hold a branch yet).</source>
        <translation>First create the demo branch in the data folder, dated the morning of the first day (the folder must not hold a branch yet).</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli simulate --from YYYY-MM-DD --days N --windows K [--seed S] [--sign] [--init-demo] --data-dir DIR</source>
        <translation>Usage: counterdesk-cli simulate --from YYYY-MM-DD --days N --windows K [--seed S] [--sign] [--init-demo] --data-dir DIR</translation>
    </message>
    <message>
        <source>--init-demo makes a new branch, but %1 already holds one.</source>
        <translation>--init-demo makes a new branch, but %1 already holds one.</translation>
    </message>
    <message>
        <source>Created the demo branch %1 in %2</source>
        <translation>Created the demo branch %1 in %2</translation>
    </message>
    <message>
        <source>%1: tickets %2, served %3, no-shows %4, cases accepted %5, notices %6, ratings %7, complaints %8, questions %9</source>
        <translation>%1: tickets %2, served %3, no-shows %4, cases accepted %5, notices %6, ratings %7, complaints %8, questions %9</translation>
    </message>
    <message numerus="yes">
        <source>Total, %n working day(s): tickets %1, served %2, no-shows %3, cases accepted %4, notices %5, ratings %6 (%7 bad), complaints %8, questions %9</source>
        <translation>
            <numerusform>Total, %n working day(s): tickets %1, served %2, no-shows %3, cases accepted %4, notices %5, ratings %6 (%7 bad), complaints %8, questions %9</numerusform>
            <numerusform>Total, %n working day(s): tickets %1, served %2, no-shows %3, cases accepted %4, notices %5, ratings %6 (%7 bad), complaints %8, questions %9</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1 windows but only %2 staff who may serve, so some of them served at several windows at once.</source>
        <translation>Note: %1 windows but only %2 staff who may serve, so some of them served at several windows at once.</translation>
    </message>
    <message numerus="yes">
        <source>%n daily log(s) signed.</source>
        <translation>
            <numerusform>%n daily log(s) signed.</numerusform>
            <numerusform>%n daily log(s) signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s for %2 audited events (%3 ms each); %4 weekend or holiday days skipped.</source>
        <translation>%1 s for %2 audited events (%3 ms each); %4 weekend or holiday days skipped.</translation>
    </message>
</context>
<context>
    <name>SlotRules</name>
    <message>
        <source>Opening hours have at most seven days (Monday to Sunday), not %1.</source>
        <translation>Opening hours have at most seven days (Monday to Sunday), not %1.</translation>
    </message>
    <message>
        <source>Opening hours: "%1" is not a range such as 09:00-12:00.</source>
        <translation>Opening hours: "%1" is not a range such as 09:00-12:00.</translation>
    </message>
    <message>
        <source>Slot rules need a service.</source>
        <translation>Slot rules need a service.</translation>
    </message>
    <message>
        <source>A slot lasts from 5 to 480 minutes, not %1.</source>
        <translation>A slot lasts from 5 to 480 minutes, not %1.</translation>
    </message>
    <message>
        <source>A slot has from 1 to 1000 places, not %1.</source>
        <translation>A slot has from 1 to 1000 places, not %1.</translation>
    </message>
    <message>
        <source>Bookings open from 0 to 365 working days ahead, not %1.</source>
        <translation>Bookings open from 0 to 365 working days ahead, not %1.</translation>
    </message>
    <message>
        <source>The booking cut-off is from 0 to 10080 minutes, not %1.</source>
        <translation>The booking cut-off is from 0 to 10080 minutes, not %1.</translation>
    </message>
</context>
<context>
    <name>SqlCommand</name>
    <message>
        <source>Run SQL on the decrypted database (read-only unless --write): the administrator's recovery path. Rows are printed tab-separated.</source>
        <translation>Run SQL on the decrypted database (read-only unless --write): the administrator's recovery path. Rows are printed tab-separated.</translation>
    </message>
    <message>
        <source>Allow changes. They bypass the audit chain, which will report them.</source>
        <translation>Allow changes. They bypass the audit chain, which will report them.</translation>
    </message>
    <message>
        <source>The SQL to run.</source>
        <translation>The SQL to run.</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli sql --data-dir DIR "SELECT ..."</source>
        <translation>Usage: counterdesk-cli sql --data-dir DIR "SELECT ..."</translation>
    </message>
</context>
<context>
    <name>StaffCommand</name>
    <message>
        <source>add: the sign-in name (a-z, 0-9, . _ -).</source>
        <translation>add: the sign-in name (a-z, 0-9, . _ -).</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>add: the name shown on screens.</source>
        <translation>add: the name shown on screens.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>add: clerk, reception, manager or administrator.</source>
        <translation>add: clerk, reception, manager or administrator.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>add: the windows this person may sign in at (default: any).</source>
        <translation>add: the windows this person may sign in at (default: any).</translation>
    </message>
    <message>
        <source>N,N,…</source>
        <translation>N,N,…</translation>
    </message>
    <message>
        <source>any window</source>
        <translation>any window</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>--login must be 2 to 32 of a-z, 0-9, '.', '_' and '-'.</source>
        <translation>--login must be 2 to 32 of a-z, 0-9, '.', '_' and '-'.</translation>
    </message>
    <message>
        <source>--name must be 1 to 64 characters.</source>
        <translation>--name must be 1 to 64 characters.</translation>
    </message>
    <message>
        <source>--role must be one of: %1.</source>
        <translation>--role must be one of: %1.</translation>
    </message>
    <message>
        <source>--windows takes window numbers from 1 to 999, separated by commas.</source>
        <translation>--windows takes window numbers from 1 to 999, separated by commas.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was done.</source>
        <translation>The two passwords differ; nothing was done.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters (from COUNTERDESK_STAFF_PASSWORD, or typed on a terminal).</source>
        <translation>The password must have at least 8 characters (from COUNTERDESK_STAFF_PASSWORD, or typed on a terminal).</translation>
    </message>
    <message>
        <source>There is already a staff member %1.</source>
        <translation>There is already a staff member %1.</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>Added %1 (%2, %3).</translation>
    </message>
    <message>
        <source>'staff add --login L --name NAME --role ROLE [--windows 1,2]' (password from COUNTERDESK_STAFF_PASSWORD or asked twice), 'staff list', 'staff disable|enable --login L', 'staff password --login L' (a new password, the same way).</source>
        <translation>'staff add --login L --name NAME --role ROLE [--windows 1,2]' (password from COUNTERDESK_STAFF_PASSWORD or asked twice), 'staff list', 'staff disable|enable --login L', 'staff password --login L' (a new password, the same way).</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli staff add --login LOGIN --name NAME --role ROLE [--windows N,N] --data-dir DIR | staff list --data-dir DIR | staff disable|enable|password --login LOGIN --data-dir DIR</source>
        <translation>Usage: counterdesk-cli staff add --login LOGIN --name NAME --role ROLE [--windows N,N] --data-dir DIR | staff list --data-dir DIR | staff disable|enable|password --login LOGIN --data-dir DIR</translation>
    </message>
    <message>
        <source>Say whose account: --login LOGIN.</source>
        <translation>Say whose account: --login LOGIN.</translation>
    </message>
    <message>
        <source>%1 is disabled: they cannot sign in, and their sign-ins at paired counters have ended.</source>
        <translation>%1 is disabled: they cannot sign in, and their sign-ins at paired counters have ended.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>%1 has a new password; their sign-ins at paired counters have ended.</source>
        <translation>%1 has a new password; their sign-ins at paired counters have ended.</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>Wrong name or password.</source>
        <translation>Wrong name or password.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>This account is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <source>This account is locked after %1 wrong passwords until %2. Ask a manager, or try again then.</source>
        <translation>This account is locked after %1 wrong passwords until %2. Ask a manager, or try again then.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Wrong password. The account is now locked for %n minute.</numerusform>
            <numerusform>Wrong password. The account is now locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong name or password. %n attempt(s) left before the account locks.</source>
        <translation>
            <numerusform>Wrong name or password. %n attempt left before the account locks.</numerusform>
            <numerusform>Wrong name or password. %n attempts left before the account locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not serve at window %2 (allowed: %3).</source>
        <translation>%1 may not serve at window %2 (allowed: %3).</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) may not %3.</translation>
    </message>
    <message>
        <source>The manager's name or password is wrong.</source>
        <translation>The manager's name or password is wrong.</translation>
    </message>
    <message>
        <source>%1 is not a manager.</source>
        <translation>%1 is not a manager.</translation>
    </message>
    <message>
        <source>A second person must authorise this: a manager cannot authorise their own act.</source>
        <translation>A second person must authorise this: a manager cannot authorise their own act.</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>There is no staff member %1.</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 is already active.</translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation>%1 is already disabled.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: add or enable another one first.</source>
        <translation>%1 is the last active administrator: add or enable another one first.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
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
        <translation>58 mm ticket roll</translation>
    </message>
    <message>
        <source>80 mm ticket roll</source>
        <translation>80 mm ticket roll</translation>
    </message>
    <message>
        <source>A4 sheets</source>
        <translation>A4 sheets</translation>
    </message>
    <message>
        <source>A5 sheets</source>
        <translation>A5 sheets</translation>
    </message>
    <message>
        <source>The station has no name.</source>
        <translation>The station has no name.</translation>
    </message>
    <message>
        <source>Choose a printer, or print to PDF files in a folder.</source>
        <translation>Choose a printer, or print to PDF files in a folder.</translation>
    </message>
    <message>
        <source>The kiosk prints tickets: choose 58 mm or 80 mm paper.</source>
        <translation>The kiosk prints tickets: choose 58 mm or 80 mm paper.</translation>
    </message>
    <message>
        <source>A counter prints forms: choose A4 or A5 paper.</source>
        <translation>A counter prints forms: choose A4 or A5 paper.</translation>
    </message>
    <message>
        <source>Only an administrator may %1.</source>
        <translation>Only an administrator may %1.</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <source>Printer settings</source>
        <translation>Printer settings</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>PDF to &amp;folder:</source>
        <translation>PDF to &amp;folder:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <source>Print a &amp;test ticket</source>
        <translation>Print a &amp;test ticket</translation>
    </message>
    <message>
        <source>Where station %1 prints. Saved in the branch database; the change is logged.</source>
        <translation>Where station %1 prints. Saved in the branch database; the change is logged.</translation>
    </message>
    <message>
        <source>This PC has no printer installed: tickets go to PDF files.</source>
        <translation>This PC has no printer installed: tickets go to PDF files.</translation>
    </message>
    <message>
        <source>Only an administrator may %1.</source>
        <translation>Only an administrator may %1.</translation>
    </message>
    <message>
        <source>The test page was printed.</source>
        <translation>The test page was printed.</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Not printed: %1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Head office's address (https://…) and certificate fingerprint are not set: counterdesk-cli sync config --hq URL --hq-pin SHA256:…</source>
        <translation>Head office's address (https://…) and certificate fingerprint are not set: counterdesk-cli sync config --hq URL --hq-pin SHA256:…</translation>
    </message>
    <message>
        <source>Head office cannot be reached (%1). Check the network; the sync will resume where it stopped.</source>
        <translation>Head office cannot be reached (%1). Check the network; the sync will resume where it stopped.</translation>
    </message>
    <message>
        <source>Head office refused this branch's signature (%1). Has head office registered this branch's key? See counterdesk-cli sync key.</source>
        <translation>Head office refused this branch's signature (%1). Has head office registered this branch's key? See counterdesk-cli sync key.</translation>
    </message>
    <message>
        <source>Head office answered %1: %2</source>
        <translation>Head office answered %1: %2</translation>
    </message>
    <message>
        <source>Head office stored the events up to %1 but acknowledges only %2; the sync stops here. Head office's log says why.</source>
        <translation>Head office stored the events up to %1 but acknowledges only %2; the sync stops here. Head office's log says why.</translation>
    </message>
    <message>
        <source>Head office says it holds this branch's events up to %1, but this branch has written only %2. Was either restored from a backup? The sync stops here: ask head office.</source>
        <translation>Head office says it holds this branch's events up to %1, but this branch has written only %2. Was either restored from a backup? The sync stops here: ask head office.</translation>
    </message>
    <message>
        <source>Head office acknowledges the events up to %1, but was sent them only up to %2; the sync stops here. Head office's log says why.</source>
        <translation>Head office acknowledges the events up to %1, but was sent them only up to %2; the sync stops here. Head office's log says why.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>'sync [--hq URL --hq-pin FINGERPRINT]': send the outbox to head office and take its catalogue and calendar; 'sync key', 'sync config', 'sync status'.</source>
        <translation>'sync [--hq URL --hq-pin FINGERPRINT]': send the outbox to head office and take its catalogue and calendar; 'sync key', 'sync config', 'sync status'.</translation>
    </message>
    <message>
        <source>Head office's address (https://HOST:PORT).</source>
        <translation>Head office's address (https://HOST:PORT).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Head office's certificate fingerprint (SHA256:…).</source>
        <translation>Head office's certificate fingerprint (SHA256:…).</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <source>config: the time of the nightly sync, after closing (HH:MM, local).</source>
        <translation>config: the time of the nightly sync, after closing (HH:MM, local).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli sync [run|key|config|status] --data-dir DIR [--hq URL --hq-pin FINGERPRINT] [--at HH:MM]</source>
        <translation>Usage: counterdesk-cli sync [run|key|config|status] --data-dir DIR [--hq URL --hq-pin FINGERPRINT] [--at HH:MM]</translation>
    </message>
    <message>
        <source>Register it at head office: counterdesk-hq branch add %1 --public-key %2</source>
        <translation>Register it at head office: counterdesk-hq branch add %1 --public-key %2</translation>
    </message>
    <message>
        <source>--hq must be an https:// address.</source>
        <translation>--hq must be an https:// address.</translation>
    </message>
    <message>
        <source>--hq-pin must be a SHA-256 fingerprint (SHA256:AB:CD:…).</source>
        <translation>--hq-pin must be a SHA-256 fingerprint (SHA256:AB:CD:…).</translation>
    </message>
    <message>
        <source>--at must be a time such as 21:30.</source>
        <translation>--at must be a time such as 21:30.</translation>
    </message>
    <message>
        <source>Last sync attempt: %1</source>
        <translation>Last sync attempt: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>Events waiting for head office: %1</source>
        <translation>Events waiting for head office: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Events sent: %1 (new at head office: %2, already there: %3)</source>
        <translation>Events sent: %1 (new at head office: %2, already there: %3)</translation>
    </message>
    <message>
        <source>Acknowledged by head office up to event %1; %2 still to send.</source>
        <translation>Acknowledged by head office up to event %1; %2 still to send.</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendar: %1</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>Took %1 ms.</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>no priority</source>
        <translation>no priority</translation>
    </message>
    <message>
        <source>elderly</source>
        <translation>elderly</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation>pregnant</translation>
    </message>
    <message>
        <source>with a small child</source>
        <translation>with a small child</translation>
    </message>
</context>
<context>
    <name>TicketCommand</name>
    <message>
        <source>'ticket issue --service CODE', 'reprint NUMBER --reason TEXT', 'status TOKEN': queue tickets (the number on line 1, the status URL on line 2).</source>
        <translation>'ticket issue --service CODE', 'reprint NUMBER --reason TEXT', 'status TOKEN': queue tickets (the number on line 1, the status URL on line 2).</translation>
    </message>
    <message>
        <source>issue | reprint NUMBER | status TOKEN</source>
        <translation>issue | reprint NUMBER | status TOKEN</translation>
    </message>
    <message>
        <source>issue: the service's code.</source>
        <translation>issue: the service's code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>issue: a priority group: %1.</source>
        <translation>issue: a priority group: %1.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>Also print the ticket to this PDF file.</source>
        <translation>Also print the ticket to this PDF file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The ticket roll: 80 (mm, default) or 58.</source>
        <translation>The ticket roll: 80 (mm, default) or 58.</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>reprint: why it is printed again.</source>
        <translation>reprint: why it is printed again.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Usage: counterdesk-cli ticket issue --service CODE [--group GROUP] [--pdf FILE] [--paper 80|58] | reprint NUMBER --reason TEXT [--pdf FILE] | status TOKEN  --data-dir DIR</source>
        <translation>Usage: counterdesk-cli ticket issue --service CODE [--group GROUP] [--pdf FILE] [--paper 80|58] | reprint NUMBER --reason TEXT [--pdf FILE] | status TOKEN  --data-dir DIR</translation>
    </message>
    <message>
        <source>Unknown priority group: %1 (one of: %2).</source>
        <translation>Unknown priority group: %1 (one of: %2).</translation>
    </message>
    <message>
        <source>Say which service: --service CODE (see 'counterdesk-cli catalogue list').</source>
        <translation>Say which service: --service CODE (see 'counterdesk-cli catalogue list').</translation>
    </message>
    <message>
        <source>No such ticket today: the token is unknown or has expired (a ticket is valid on its business day only).</source>
        <translation>No such ticket today: the token is unknown or has expired (a ticket is valid on its business day only).</translation>
    </message>
    <message>
        <source>ahead %1</source>
        <translation>ahead %1</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>about %1 min</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>window %1</translation>
    </message>
    <message>
        <source>reprint needs --pdf FILE.</source>
        <translation>reprint needs --pdf FILE.</translation>
    </message>
</context>
<context>
    <name>TicketDesk</name>
    <message>
        <source>Your number is %1. Please take your ticket.</source>
        <translation>Your number is %1. Please take your ticket.</translation>
    </message>
    <message>
        <source>Your number is %1. The ticket could not be printed (%2): please collect it at the service desk. Your place in the queue is kept.</source>
        <translation>Your number is %1. The ticket could not be printed (%2): please collect it at the service desk. Your place in the queue is kept.</translation>
    </message>
</context>
<context>
    <name>TicketQueue</name>
    <message>
        <source>Unknown service: %1 (see 'counterdesk-cli catalogue list').</source>
        <translation>Unknown service: %1 (see 'counterdesk-cli catalogue list').</translation>
    </message>
    <message>
        <source>The service %1 has no queue prefix in the catalogue.</source>
        <translation>The service %1 has no queue prefix in the catalogue.</translation>
    </message>
    <message>
        <source>No window serves %1 (%2): an administrator must add it to a window first ('counterdesk-cli queue window').</source>
        <translation>No window serves %1 (%2): an administrator must add it to a window first ('counterdesk-cli queue window').</translation>
    </message>
    <message>
        <source>A booked ticket needs its slot's start time.</source>
        <translation>A booked ticket needs its slot's start time.</translation>
    </message>
    <message>
        <source>Ticket %1 issued for %2.</source>
        <translation>Ticket %1 issued for %2.</translation>
    </message>
    <message>
        <source>There is no window %1.</source>
        <translation>There is no window %1.</translation>
    </message>
    <message>
        <source>Window %1 is still attending %2: finish, park, transfer it or mark it a no-show first.</source>
        <translation>Window %1 is still attending %2: finish, park, transfer it or mark it a no-show first.</translation>
    </message>
    <message>
        <source>Nobody is waiting for window %1.</source>
        <translation>Nobody is waiting for window %1.</translation>
    </message>
    <message>
        <source>Window %1 calls %2.</source>
        <translation>Window %1 calls %2.</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>There is no ticket %1 today.</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be called now (it is %2).</source>
        <translation>Ticket %1 cannot be called now (it is %2).</translation>
    </message>
    <message>
        <source>Window %1 has no ticket called or in service.</source>
        <translation>Window %1 has no ticket called or in service.</translation>
    </message>
    <message>
        <source>%1 is already being served.</source>
        <translation>%1 is already being served.</translation>
    </message>
    <message>
        <source>%1 has been recalled %2 times: mark it as a no-show.</source>
        <translation>%1 has been recalled %2 times: mark it as a no-show.</translation>
    </message>
    <message>
        <source>Window %1 calls %2 again (recall %3 of %4).</source>
        <translation>Window %1 calls %2 again (recall %3 of %4).</translation>
    </message>
    <message>
        <source>%1 is being served; it cannot be a no-show.</source>
        <translation>%1 is being served; it cannot be a no-show.</translation>
    </message>
    <message>
        <source>%1 has been recalled %2 of %3 times: recall it before marking it a no-show.</source>
        <translation>%1 has been recalled %2 of %3 times: recall it before marking it a no-show.</translation>
    </message>
    <message>
        <source>%1 did not come: marked as a no-show.</source>
        <translation>%1 did not come: marked as a no-show.</translation>
    </message>
    <message>
        <source>%1 is parked; call it again with resume.</source>
        <translation>%1 is parked; call it again with resume.</translation>
    </message>
    <message>
        <source>Say where to transfer to: another service, another window, or both.</source>
        <translation>Say where to transfer to: another service, another window, or both.</translation>
    </message>
    <message>
        <source>No window serves %1.</source>
        <translation>No window serves %1.</translation>
    </message>
    <message>
        <source>%1 is already at window %2.</source>
        <translation>%1 is already at window %2.</translation>
    </message>
    <message>
        <source>%1 is transferred to window %2.</source>
        <translation>%1 is transferred to window %2.</translation>
    </message>
    <message>
        <source>%1 is transferred to %2.</source>
        <translation>%1 is transferred to %2.</translation>
    </message>
    <message>
        <source>Window %1 serves %2.</source>
        <translation>Window %1 serves %2.</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>%1 is done.</translation>
    </message>
    <message>
        <source>A reprint needs a reason (e.g. paper jam).</source>
        <translation>A reprint needs a reason (e.g. paper jam).</translation>
    </message>
    <message>
        <source>The reason is too long (at most 200 characters).</source>
        <translation>The reason is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>Reprint of %1 logged.</source>
        <translation>Reprint of %1 logged.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the branch database</source>
        <translation>Open the branch database</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Remember in this computer's &amp;keychain</source>
        <translation>Remember in this computer's &amp;keychain</translation>
    </message>
    <message>
        <source>Enter the passphrase of the branch database
%1</source>
        <translation>Enter the passphrase of the branch database
%1</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>Keychain not available</translation>
    </message>
    <message>
        <source>The passphrase could not be kept in this computer's keychain (%1). CounterDesk will ask for it again next time.</source>
        <translation>The passphrase could not be kept in this computer's keychain (%1). CounterDesk will ask for it again next time.</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>Line %1: a second header for %2 (the first is on line %3).</source>
        <translation>Line %1: a second header for %2 (the first is on line %3).</translation>
    </message>
    <message>
        <source>Line %1: 3 tab-separated columns expected (date, kind, name), got %2.</source>
        <translation>Line %1: 3 tab-separated columns expected (date, kind, name), got %2.</translation>
    </message>
    <message>
        <source>Line %1: '%2' is not a date of the form YYYY-MM-DD.</source>
        <translation>Line %1: '%2' is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a real date.</source>
        <translation>Line %1: %2 is not a real date.</translation>
    </message>
    <message>
        <source>Line %1: unknown kind '%2' (expected off or work).</source>
        <translation>Line %1: unknown kind '%2' (expected off or work).</translation>
    </message>
    <message>
        <source>Line %1: the name (third column) is empty.</source>
        <translation>Line %1: the name (third column) is empty.</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice (first on line %3).</source>
        <translation>Line %1: %2 is listed twice (first on line %3).</translation>
    </message>
    <message>
        <source>Line %1: the entry for %2 comes before any '# YYYY:' year header.</source>
        <translation>Line %1: the entry for %2 comes before any '# YYYY:' year header.</translation>
    </message>
    <message>
        <source>Line %1: %2 does not belong in the section for %3 (only dates in %3 or in December %4 do).</source>
        <translation>Line %1: %2 does not belong in the section for %3 (only dates in %3 or in December %4 do).</translation>
    </message>
    <message>
        <source>The calendar has no entries.</source>
        <translation>The calendar has no entries.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: counterdesk-cli COMMAND [OPTIONS]</source>
        <translation>Usage: counterdesk-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>'counterdesk-cli COMMAND --help' describes a command.</source>
        <translation>'counterdesk-cli COMMAND --help' describes a command.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 refused or bad input; 2 cannot open the database (no or wrong passphrase, missing, damaged or newer file); 3 audit chain broken.</source>
        <translation>Exit codes: 0 ok; 1 refused or bad input; 2 cannot open the database (no or wrong passphrase, missing, damaged or newer file); 3 audit chain broken.</translation>
    </message>
    <message>
        <source>Environment: COUNTERDESK_PASSPHRASE holds the database passphrase for scripts.</source>
        <translation>Environment: COUNTERDESK_PASSPHRASE holds the database passphrase for scripts.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
</context>
</TS>