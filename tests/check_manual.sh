#!/usr/bin/env bash
# Keeps the manual honest (ctest: tst_manual, label unit).
# Usage: check_manual.sh MANUAL_DIR COUNTERDESK_CLI
# - every picture a page shows (![…](path)) exists, and every relative link to a page or file
#   leads somewhere;
# - every `counterdesk-cli COMMAND …` written in the manual names a real command (as
#   `counterdesk-cli --help` lists them), its sub-command words (`sync key`, `report daily`,
#   `complaint add|list`) appear in `counterdesk-cli COMMAND --help`, and so does every --option
#   written after it.
# (The help pads names to 10 characters, so a longer name runs into its description: the name is
# the lower-case part.) A mention must be in backticks or a code block, so that the words after it are the command's.
set -uo pipefail
manual=${1:?manual folder}
cli=${2:?counterdesk-cli}
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

mapfile -t pages < <(find "$manual" -name '*.md' | sort)
((${#pages[@]})) || fail "no pages in $manual"

# --- pictures and links ------------------------------------------------------------------------
pictures=0
for page in "${pages[@]}"; do
    dir=$(dirname "$page")
    # [text](target) of links (pictures below); anchors and web addresses are not files.
    while IFS= read -r target; do
        [[ "$target" == '!'* ]] && continue
        target=${target#*](}
        target=${target%)}
        target=${target%%#*}
        [[ -z "$target" || "$target" == http://* || "$target" == https://* ]] && continue
        [[ -e "$dir/$target" ]] || fail "$page links to $target, which does not exist"
    done < <(grep -oE '!?\[[^]]*\]\([^)[:space:]]+\)' "$page")
    while IFS= read -r picture; do
        pictures=$((pictures + 1))
        [[ -s "$dir/$picture" ]] || fail "$page shows $picture, which does not exist"
    done < <(grep -oE '!\[[^]]*\]\([^)[:space:]]+\)' "$page" | sed -E 's/^.*\(//; s/\)$//')
done
((pictures > 0)) || fail "the manual shows no pictures"

# --- counterdesk-cli commands --------------------------------------------------------------------
usage=$("$cli" --help) || fail "counterdesk-cli --help failed"
mapfile -t commands < <(printf '%s\n' "$usage" | sed -n '/^Commands:/,/^$/p' | sed -nE 's/^  ([a-z][a-z-]*).*/\1/p')
((${#commands[@]} > 5)) || fail "counterdesk-cli --help lists no commands: $usage"
is_command() {
    local c
    for c in "${commands[@]}"; do [[ "$c" == "$1" ]] && return 0; done
    return 1
}
declare -A help
mentions=0
for page in "${pages[@]}"; do
    # Lines continued with a backslash are one command line.
    while IFS= read -r mention; do
        read -ra words <<<"$mention"
        command=${words[1]:-}
        [[ -z "$command" || "$command" == --help ]] && continue
        mentions=$((mentions + 1))
        if ! is_command "$command"; then
            fail "$page: '$mention' — '$command' is not a counterdesk-cli command (${commands[*]})"
            continue
        fi
        if [[ -z "${help[$command]+set}" ]]; then
            help[$command]=$("$cli" "$command" --help 2>&1)
        fi
        text=${help[$command]}
        if [[ "${words[2]:-}" =~ ^[a-z][a-z|-]*$ ]]; then
            IFS='|' read -ra subs <<<"${words[2]}"
            for sub in "${subs[@]}"; do
                grep -qwF -- "$sub" <<<"$text" ||
                    fail "$page: '$mention' — 'counterdesk-cli $command --help' does not know '$sub'"
            done
        fi
        for word in "${words[@]:2}"; do
            [[ "$word" == --* ]] || continue
            option=${word%%=*}
            grep -qE -- "(^|[ ,])${option}([ ,<=]|$)" <<<"$text" ||
                fail "$page: '$mention' — 'counterdesk-cli $command --help' has no option $option"
        done
    done < <(sed -e ':a' -e '/\\$/N; s/\\\n[[:space:]]*/ /; ta' "$page" |
        grep -oE 'counterdesk-cli( +[^` #>]+)*')
done
((mentions > 0)) || fail "the manual mentions no counterdesk-cli command"

if ((failures)); then
    echo "$failures problem(s) in the manual"
    exit 1
fi
echo "ok: ${#pages[@]} pages, $pictures pictures, $mentions counterdesk-cli command lines"
