#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Docket authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translation.sh LUPDATE TS_FILE SOURCES_LST
# Merges the current sources into a copy of TS_FILE and fails when any string is untranslated
# (new in the sources, or marked unfinished) or obsolete (gone from the sources). The copy keeps
# obsolete entries (no -no-obsolete) so that stale ones in the committed file show up too.
set -euo pipefail
lupdate=$1 ts=$2 sources=$3
[ -f "$ts" ] || { echo "missing translation file: $ts" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/check.ts"
"$lupdate" -silent -locations none "@$sources" -ts "$work/check.ts"

awk -v file="$(basename "$ts")" '
    function text(line, tag) { sub(".*<" tag "[^>]*>", "", line); sub("</" tag ">.*", "", line); return line }
    /<name>/ && !inmsg { context = text($0, "name") }
    /<message/ { inmsg = 1; source = ""; state = ""; total++ }
    /<source>/ { source = text($0, "source") }
    /<translation/ {
        if ($0 ~ /type="unfinished"/) state = "untranslated"
        else if ($0 ~ /type="(vanished|obsolete)"/) state = "obsolete"
    }
    /<\/message>/ {
        inmsg = 0
        if (state != "") { bad[state]++; printf "%s: %s: %s: \"%s\"\n", file, state, context, source }
    }
    END {
        printf "%s: %d strings, %d untranslated, %d obsolete\n", file, total, bad["untranslated"], bad["obsolete"]
        if (bad["untranslated"] + bad["obsolete"] > 0) {
            print "Refresh with: cmake --build build --target update_translations, then translate the strings above"
            exit 1
        }
    }' "$work/check.ts"
