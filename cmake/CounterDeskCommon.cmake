# One place for the compile settings every CounterDesk target gets (like ownCloud's
# apply_common_target_settings): strict Qt macros, warnings, sanitizers.

set(COUNTERDESK_QT_DEFINES
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# What the sanitized tests and the fuzzers run with: a UBSan finding fails like an ASan one, with
# its stack; llvm-symbolizer (package llvm) names the lines.
set(COUNTERDESK_SANITIZER_ENVIRONMENT
    "ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")

function(counterdesk_apply_common_settings target)
    target_compile_definitions(${target} PRIVATE ${COUNTERDESK_QT_DEFINES}
        COUNTERDESK_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(COUNTERDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(COUNTERDESK_FUZZ)
        # libFuzzer's coverage in everything of ours; the harnesses add -fsanitize=fuzzer
        # (fuzz/CMakeLists.txt). A UBSan finding stops the run like an ASan one.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined
            -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    elseif(COUNTERDESK_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# Translations: zh_CN first, then zh_TW and en; compiled into the binary as :/i18n/*.qm.
set(COUNTERDESK_TS_FILES
    "${CMAKE_SOURCE_DIR}/i18n/counterdesk_zh_CN.ts"
    "${CMAKE_SOURCE_DIR}/i18n/counterdesk_zh_TW.ts"
    "${CMAKE_SOURCE_DIR}/i18n/counterdesk_en.ts")

function(counterdesk_add_translations target)
    qt_add_lrelease(${target} TS_FILES ${COUNTERDESK_TS_FILES} QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "${target}_translations" PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}" FILES ${qm_files})
endfunction()
