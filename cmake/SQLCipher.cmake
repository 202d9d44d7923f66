# SQLCipher 4 as a static library, built from the amalgamation inside the pinned npm package
# (@journeyapps/sqlcipher 6.0.0: SQLCipher 4.14 on SQLite 3.51). scripts/deps fetches the
# tarball into a cache outside git; here its integrity is checked again before it is unpacked.
# Debian's own libsqlcipher (3.4.1 on SQLite 3.15) is deliberately not used.

set(COUNTERDESK_SQLCIPHER_SHA512
    "626592408478727bfee4bdfc9582684bf74817ff9b11905a0020136de4f2ab85ca8cc1dcc5d22516712504b888a9af6bc2c78e222988623b9d80e382a2fb9ddd")

if(NOT COUNTERDESK_SQLCIPHER_TARBALL)
    if(DEFINED ENV{COUNTERDESK_CACHE})
        set(_cache "$ENV{COUNTERDESK_CACHE}")
    elseif(DEFINED ENV{XDG_CACHE_HOME})
        set(_cache "$ENV{XDG_CACHE_HOME}/counterdesk")
    else()
        set(_cache "$ENV{HOME}/.cache/counterdesk")
    endif()
    set(COUNTERDESK_SQLCIPHER_TARBALL "${_cache}/journeyapps-sqlcipher-6.0.0.tgz")
endif()
set(COUNTERDESK_SQLCIPHER_TARBALL "${COUNTERDESK_SQLCIPHER_TARBALL}" CACHE FILEPATH
    "The npm package @journeyapps/sqlcipher@6.0.0 (scripts/deps fetches it)")

if(NOT EXISTS "${COUNTERDESK_SQLCIPHER_TARBALL}")
    message(FATAL_ERROR "SQLCipher amalgamation not found at ${COUNTERDESK_SQLCIPHER_TARBALL}.\n"
        "Run scripts/deps first (it fetches and checks it).")
endif()
file(SHA512 "${COUNTERDESK_SQLCIPHER_TARBALL}" _sha)
if(NOT _sha STREQUAL COUNTERDESK_SQLCIPHER_SHA512)
    message(FATAL_ERROR "${COUNTERDESK_SQLCIPHER_TARBALL} does not match the pinned integrity; "
        "delete it and run scripts/deps again.")
endif()

set(_sqlc_dir "${CMAKE_BINARY_DIR}/_deps/sqlcipher")
if(NOT EXISTS "${_sqlc_dir}/package/deps/sqlcipher-amalgamation/sqlite3.c")
    file(ARCHIVE_EXTRACT INPUT "${COUNTERDESK_SQLCIPHER_TARBALL}" DESTINATION "${_sqlc_dir}"
        PATTERNS "package/deps/sqlcipher-amalgamation/*")
endif()
set(_amalg "${_sqlc_dir}/package/deps/sqlcipher-amalgamation")

find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)
add_library(sqlcipher STATIC "${_amalg}/sqlite3.c")
target_include_directories(sqlcipher SYSTEM PUBLIC "${_amalg}")
# Consumers need SQLITE_HAS_CODEC too, or sqlite3.h does not declare sqlite3_key.
target_compile_definitions(sqlcipher
    PUBLIC SQLITE_HAS_CODEC
    PRIVATE SQLCIPHER_CRYPTO_OPENSSL SQLITE_TEMP_STORE=2 SQLITE_SECURE_DELETE
            SQLITE_ENABLE_FTS5 SQLITE_THREADSAFE=1 HAVE_USLEEP=1 HAVE_STDINT_H=1
            SQLITE_EXTRA_INIT=sqlcipher_extra_init SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown
            SQLITE_DEFAULT_FOREIGN_KEYS=1 SQLITE_DQS=0)
# Third-party code: no warnings, never -Werror; always optimised (it is compiled once, then cached).
target_compile_options(sqlcipher PRIVATE -w -O2)
set_target_properties(sqlcipher PROPERTIES POSITION_INDEPENDENT_CODE ON)
target_link_libraries(sqlcipher PUBLIC OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} m)
