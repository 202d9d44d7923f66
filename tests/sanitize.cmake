# The tests the fuzz preset runs under ASan and UBSan (label sanitize; included from
# CMakeLists.txt when COUNTERDESK_CORE_ONLY is on): the storage, the audit chain, the parsers,
# the queue, the sync client and the hall API, chosen so that the sanitized run stays short.
# Left to the ci preset: the GUI, display, head office (PostgreSQL) and browser tests, and
# those that take minutes under ASan on two cores (migrations, catalogue, cases, appointments,
# CLI, queue concurrency: each over 2 minutes here).
function(counterdesk_add_sanitized_test name)
    counterdesk_add_test(${name} ${ARGN})
    set_property(TEST ${name} APPEND PROPERTY LABELS sanitize)
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT ${COUNTERDESK_SANITIZER_ENVIRONMENT})
endfunction()

counterdesk_add_sanitized_test(tst_masking LABELS unit SOURCES tst_masking.cpp)
counterdesk_add_sanitized_test(tst_validators LABELS unit SOURCES tst_validators.cpp)
counterdesk_add_sanitized_test(tst_phrasechecker LABELS unit SOURCES tst_phrasechecker.cpp)
counterdesk_add_sanitized_test(tst_database LABELS db SOURCES tst_database.cpp)
counterdesk_add_sanitized_test(tst_auditchain LABELS db unit SOURCES tst_auditchain.cpp)
counterdesk_add_sanitized_test(tst_calendar LABELS unit db SOURCES tst_calendar.cpp)
counterdesk_add_sanitized_test(tst_knowledge LABELS unit db SOURCES tst_knowledge.cpp)
counterdesk_add_sanitized_test(tst_queue LABELS unit db SOURCES tst_queue.cpp)
counterdesk_add_sanitized_test(tst_syncclient LABELS unit db SOURCES tst_syncclient.cpp)
# The hall API over real loopback TLS, with the real counterdesk-cli serve.
add_library(counterdesk_halltestsupport STATIC halltestsupport.cpp halltestsupport.h)
target_link_libraries(counterdesk_halltestsupport PUBLIC counterdesk_testsupport Qt6::Network)
counterdesk_apply_common_settings(counterdesk_halltestsupport)
counterdesk_add_sanitized_test(tst_hall_api LABELS host SOURCES tst_hall_api.cpp
    LIBS counterdesk_halltestsupport TIMEOUT 300)
add_dependencies(tst_hall_api counterdesk-cli)
