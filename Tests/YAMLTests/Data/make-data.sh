#!/bin/sh
# Regenerates Data/reader-cases.jsonl and Data/writer-cases.jsonl: every expected output
# comes from the real Helm engine (helm-oracle eval), never from memory.
# Usage: Tests/YAMLTests/Data/make-data.sh [path/to/helm-oracle]
set -eu
ORACLE="${1:-/work/shared/tools/helm-oracle}"
DIR="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$DIR"
exec python3 - "$ORACLE" "$DIR" <<'PY'
import json, subprocess, sys
oracle, out = sys.argv[1], sys.argv[2]

reader = {
 # booleans as values and keys
 "bool-words": "a: y\nb: Y\nc: yes\nd: Yes\ne: YES\nf: n\ng: N\nh: no\ni: No\nj: NO\nk: on\nl: On\nm: ON\nn2: off\no: Off\np: OFF\nq: true\nr: True\ns: TRUE\nt: false\nu: False\nv: FALSE\n",
 "bool-near-misses": "a: yES\nb: oN\nc: tRUE\nd: ye\ne: offf\nf: 'yes'\ng: \"no\"\n",
 "bool-keys": "y: 1\nn: 2\nyes: 3\noff: 4\nTrue: 5\n",
 "bool-key-quoted": "'y': 1\n\"n\": 2\n",
 "nulls": "a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nULL\ng: 'null'\n",
 "ints": "a: 0\nb: 42\nc: -17\nd: +5\ne: 0x1F\nf: 0X1f\ng: 0o17\nh: 0755\ni: 08\nj: 00012\nk: 0b101\nl: -0b101\nm: 1_000_000\nn2: 0x_1F\n",
 "ints-big": "a: 9007199254740993\nb: 9223372036854775807\nc: 9223372036854775808\nd: 18446744073709551615\ne: 18446744073709551616\nf: -9223372036854775808\ng: -9223372036854775809\n",
 "floats": "a: 1.5\nb: .5\nc: -.5\nd: +.5\ne: 1.\nf: 1e3\ng: 1E3\nh: 1.5e-3\ni: 6.02e+23\nj: 1.10\nk: 1_000.5\nl: 0.1\n",
 "float-overflow": "a: 1e400\nb: -1e400\nc: 1e-400\n",
 "float-words": "a: .Inf\n",
 "float-nan-upper": "a: .NAN\n",
 "float-neg-inf": "a: -.INF\n",
 "not-numbers": "a: 1.2.3\nb: 0x\nc: 0b2\nd: 1e\ne: .e1\nf: 12abc\ng: '12'\nh: 1,000\ni: 0x1p3\nj: 1__0\nk: -\n",
 "sexagesimal": "a: 1:30\nb: 190:20:30\nc: 1:30.5\nd: -1:30\n",
 "timestamps": "a: 2001-12-14\nb: 2001-12-14t21:59:43.10-05:00\nc: 2001-12-14 21:59:43.10\nd: 2001-12-14T21:59:43Z\ne: 2002-1-2\n",
 "quoted": "a: '1'\nb: \"2\"\nc: 'true'\nd: \"~\"\ne: ''\nf: \"\"\n",
 "escapes": "a: \"tab\\there\"\nb: \"nl\\nhere\"\nc: \"\\u00e9\\x41\"\nd: 'it''s'\ne: \"\\U0001F600\"\n",
 "tags": "a: !!str 123\nb: !!int \"42\"\nc: !!float 5\nd: !!bool yes\ne: !!null ''\nf: !custom 7\ng: ! 12\n",
 "tag-int-bad": "a: !!int abc\n",
 "tag-int-float": "a: !!int 5.5\n",
 "tag-bool-bad": "a: !!bool maybe\n",
 "binary": "a: !!binary aGVsbG8=\nb: !!binary |\n  aGVs\n  bG8gd29y\n  bGQ=\n",
 "binary-invalid-base64": "a: !!binary aGVsbG8\n",
 "binary-non-utf8": "a: !!binary /w==\nb: !!binary wyg=\n",
 "binary-bad-token": "a: !!binary ***\n",
 "anchors": "base: &b\n  x: 1\n  y: [1, 2]\ncopy: *b\nlist: &l [a, b]\nagain: *l\nscalar: &s hi\nref: *s\n",
 "merge-single": "base: &b {a: 1, b: 2}\nm:\n  <<: *b\n  c: 3\n",
 "merge-override-after": "base: &b {a: 1, b: 2}\nm:\n  <<: *b\n  a: 9\n",
 "merge-override-before": "base: &b {a: 1, b: 2}\nm:\n  a: 9\n  <<: *b\n",
 "merge-list": "x: &x {a: 1}\nz: &z {a: 2, b: 2}\nm:\n  <<: [*x, *z]\n  c: 3\n",
 "merge-inline": "m:\n  <<: {a: 1}\n  b: 2\n",
 "merge-scalar": "m:\n  <<: 5\n",
 "merge-list-scalar": "m:\n  <<: [1]\n",
 "merge-quoted-key": "m:\n  '<<': 1\n",
 "merge-as-value": "a: <<\n",
 "alias-unknown": "a: *nope\n",
 "alias-self": "a: &a [*a]\n",
 "duplicate-keys": "a: 1\nb: 2\na: 3\n",
 "duplicate-nested": "m:\n  x: 1\nm:\n  y: 2\n",
 "numeric-keys": "1: a\n2.5: b\n0x10: c\n1e3: d\n-3: e\n",
 "float-keys-32bit": "3.14159265358979: a\n0.1: b\n100000000: c\n",
 "inf-key": ".inf: a\n-.inf: b\n",
 "nan-key": ".nan: a\n",
 "bigint-key": "123456789012345678901234567890: x\n",
 "uint-key": "12345678901234567890: x\n",
 "null-key": "~: x\n",
 "null-key-empty": "? \n: x\n",
 "null-key-nested": "a:\n  - null: 1\n",
 "list-key": "? [a, b]\n: x\n",
 "map-key": "? {a: 1}\n: x\n",
 "timestamp-key": "2001-12-14: x\n",
 "bool-key-nested": "outer:\n  on: 1\n  off: 2\n",
 "block-literal": "a: |\n  line1\n  line2\nb: |-\n  keep\nc: |+\n  plus\n\nd: x\n",
 "block-folded": "a: >\n  folded\n  text\n\n  para\nb: >-\n  x\n  y\n",
 "block-indent-indicator": "a: |2\n    indented\n  less\n",
 "plain-multiline": "a: this is\n  a plain\n  multiline\n",
 "flow": "a: {x: 1, y: [1, 2, {z: 3}]}\nb: [yes, no, ~, 0x10]\n",
 "flow-empty": "a: {}\nb: []\nc: [{}]\n",
 "nested-lists": "a:\n- - 1\n  - 2\n- - 3\n",
 "comments": "# top\na: 1 # trailing\n# between\nb: 'x # not comment'\nc: x#y\n",
 "unicode": "é: ü\n名前: 値\nemoji: 😀\n",
 "empty": "",
 "comment-only": "# nothing\n",
 "whitespace-only": "  \n\n",
 "top-level-list": "- 1\n- 2\n",
 "top-level-scalar": "hello\n",
 "top-level-number": "42\n",
 "top-level-bool": "true\n",
 "top-level-null-word": "null\n",
 "key-no-space": "a:1\n",
 "docs-merge": "a: 1\nm:\n  x: 1\n  y: 2\n---\nb: 2\nm:\n  y: 3\n",
 "docs-replace-list": "l: [1, 2]\n---\nl: [3]\n",
 "docs-map-over-scalar": "a: 1\n---\na: {x: 1}\n",
 "docs-scalar-over-map": "a: {x: 1}\n---\na: 2\n",
 "docs-null-value": "a: 1\n---\na: ~\n",
 "docs-empty-middle": "a: 1\n---\n---\nb: 2\n",
 "docs-leading-sep": "---\na: 1\n",
 "docs-sep-comment": "a: 1\n--- # comment\nb: 2\n",
 "docs-sep-trailing-space": "a: 1\n---   \nb: 2\n",
 "docs-sep-bad": "a: 1\n---foo\nb: 2\n",
 "docs-sep-four-dashes": "a: 1\n----\nb: 2\n",
 "docs-sep-inline-value": "a: 1\n--- b: 2\n",
 "docs-second-list": "a: 1\n---\n- 1\n",
 "docs-second-null": "a: 1\n---\n~\n",
 "docs-error-second": "a: 1\n---\nb: [\n",
 "docs-indented-sep": "a: |\n  ---\n  x\n",
 "doc-end-marker": "a: 1\n...\nb: 2\n",
 "crlf": "a: 1\r\nb: x\r\n",
 "bom": "\ufeffa: 1\n",
 "err-mapping-values": "a: b: c\n",
 "err-mapping-values-line2": "x: 1\na: b: c\n",
 "err-unclosed-flow": "a: [1, 2\n",
 "err-unclosed-quote": "a: \"open\n",
 "err-bad-indent": "a:\n  b: 1\n c: 2\n",
 "err-tab-indent": "a:\n\tb: 1\n",
 "err-dash-value": "v: -\n",
 "err-question-value": "v: ?\n",
 "err-unclosed-single": "a: 'x\n",
 "err-flow-map": "a: {b: 1\n",
 "err-block-seq-in-map": "a: 1\n- b\n",
 "err-anchor-bad": "a: &\n",
 "err-control-char": "a: x\u007fy\n",
 "err-deep-line": "a: 1\nb: 2\nc: 3\nd: [\ne: 5\n",
 "err-colon-later-doc": "a: 1\n---\nx: 1\ny: z: 2\n",
 "nel-break": "a: x\u0085b: 1\n",
 "long-string": "a: " + "word " * 40 + "end\n",
 "deep-nesting": "a:\n  b:\n    c:\n      d:\n        e:\n          f: [1, {g: h}]\n",
 "special-strings": "a: '@x'\nb: '`x'\nc: \"%x\"\nd: -x\ne: a:b\nf: a, b\ng: =\nh: ?x\n",
 "spaces-in-values": "a: '  lead'\nb: 'trail  '\nc: 'in  side'\n",
 "empty-values-in-list": "l:\n- \n- ~\n- ''\n",
 "list-of-maps": "l:\n- a: 1\n  b: 2\n- c: 3\n",
 "octal-like-strings": "a: 0777\nb: 0778\nc: 0o778\nd: 07.5\n",
 "signed-specials": "a: +0x10\nb: -0x10\nc: +0o7\nd: -0\ne: +0\nf: -0.0\n",
 "exp-forms": "a: 1e+3\nb: 1E-3\nc: .5e2\nd: 5.e1\ne: 1e3_0\n",
 "underscore-floats": "a: 1_0.5_0\nb: _1\nc: 1_\n",
 "infinite-in-list": "l: [1, .inf]\n",
 "nan-nested": "m:\n  a: 1\n  b: .nan\n",
 "multiline-key-flow": "{a: 1, b: 2}\n",
 "json-input": "{\"a\": 1, \"b\": [true, null, \"x\"], \"c\": {\"d\": 1.5}}\n",
 "json-like-strings": "{\"a\": \"yes\", \"b\": \"0x10\"}\n",
 "keys-with-spaces": "a b: 1\n'c: d': 2\n\"e\\tf\": 3\n",
 "key-empty-string": "'': 1\n",
 "long-key": "? " + "k" * 200 + "\n: v\n",
 "explicit-key": "? a\n: 1\n? b\n",
 "set-syntax": "? a\n? b\n",
 "anchor-on-key": "&k a: 1\n*k : 2\n",
 "merge-alias-of-list": "l: &l [1, 2]\nm:\n  <<: *l\n",
 "merge-nested-merge": "a: &a {x: 1}\nb: &b\n  <<: *a\n  y: 2\nc:\n  <<: *b\n  z: 3\n",
 "bool-in-flow-keys": "{y: 1, n: 2}\n",
 "percent-directive": "%YAML 1.1\n---\na: 1\n",
 "tag-directive": "%TAG !e! tag:example.com,2000:\n---\na: !e!foo 1\n",
 "str-tag-on-map": "a: !!map {b: 1}\n",
 "seq-tag": "a: !!seq [1]\n",
 "float-tag-str": "a: !!float abc\n",
 "null-tag-value": "a: !!null x\n",
 "timestamp-tag": "a: !!timestamp 2001-12-14\n",
 "flow-colon-adjacent": "a: {b:1}\n",
 "flow-colon-url": "a: [http://x.y/z, b:c]\n",
 "flow-plain-colon-space": "a: [b: c]\n",
 "flow-trailing-comma": "a: [1, 2,]\nb: {x: 1,}\n",
 "flow-multiline": "a: [1,\n  2,\n  3]\n",
 "flow-in-block-key": "[a, b]: c\n",
 "flow-dash": "a: [-1, - 2]\n",
 "tab-after-value": "a: 1\t\nb: 2\n",
 "tab-before-comment": "a: 1\t# c\n",
 "tab-in-flow": "a: [1,\t2]\n",
 "tab-separator-key": "a:\t1\n",
 "tab-in-plain": "a: b\tc\n",
 "indent-seq-under-key": "a:\n  - 1\n  - 2\nb: 3\n",
 "seq-same-indent": "a:\n- 1\n- 2\n",
 "seq-misaligned": "a:\n  - 1\n - 2\n",
 "map-in-seq-misaligned": "l:\n- a: 1\n   b: 2\n",
 "literal-keep-trailing": "a: |+\n  x\n\n\nb: 1\n",
 "literal-strip-empty": "a: |-\n\nb: 1\n",
 "literal-leading-blank": "a: |\n\n  x\n",
 "literal-more-indented": "a: |\n  x\n    y\n  z\n",
 "literal-bad-indent": "a: |\n    x\n  y\n",
 "folded-more-indented": "a: >\n  x\n    y\n  z\n",
 "quoted-multiline": "a: \"x\n  y\n\n  z\"\n",
 "single-multiline": "a: 'x\n  y'\n",
 "quoted-escaped-newline": "a: \"x\\\n  y\"\n",
 "bad-escape": "a: \"\\q\"\n",
 "plain-with-hash-no-space": "a: b#c\n",
 "plain-ending-colon": "a: b:\n",
 "key-ending-colon": "a:: b\n",
 "question-key-plain": "?x: 1\n",
 "anchor-then-alias-key": "a: &x k\n*x : v\n",
 "alias-as-merge-seq-item": "b: &b {x: 1}\nl:\n- <<: *b\n  y: 2\n",
 "percent-in-plain": "a: 50%\n",
 "at-start": "a: @x\n",
 "backtick-start": "a: `x\n",
 "pipe-in-flow": "a: [|]\n",
 "document-marker-in-value": "a: --- x\n",
 "dots-in-value": "a: ... x\n",
 "empty-key-value": ": x\n",
 "colon-only-line": ":\n",
 "nested-empty": "a:\n  b:\n  c:\n",
 "trailing-spaces": "a: x   \nb: y\n",
 "windows-literal": "a: |\r\n  x\r\n  y\r\n",
 "unicode-key-escape": "\"\\u00e9\": 1\n",
 "long-plain-key": "k" * 1100 + ": v\n",
 "cr-only-line-ends": "a: 1\rb: 2\r",
 "nul-char": "a: x\u0000y\n",
 "bom-middle": "a: 1\n\ufeffb: 2\n",
 "c1-control": "a: x\u0090y\n",
 "ls-in-plain": "a: x\u2028y\n",
 "nbsp-value": "a: \u00a0x\n",
 "fffe-char": "a: x\ufffey\n",
 "supplementary": "a: \U0001F600\n".replace("\\U0001F600", "\U0001F600"),
 "sep-glued-comment-first-line": "---#x\n",
 "sep-glued-comment-then-map": "---#x\na: 1\n",
 "sep-glued-comment-after-doc": "a: 1\n---#x\nb: 2\n",
 "sep-space-comment-first-line": "--- #x\n",
 "sep-after-comment": "#c\n---#x\n",
 "sep-double-then-error": "a: 1\n---\n---\nb: c: d\n",
 "sep-only": "---\n",
 "last-line-4096-unterminated": "a: 1\nb: " + "x" * 4093,
 "last-line-4095-unterminated": "a: 1\nb: " + "x" * 4092,
 "last-line-8192-unterminated": "a: 1\nb: " + "x" * 8189,
 "line-4096-terminated": "a: 1\nb: " + "x" * 4093 + "\n",
 "long-line-continued": "a: 1\nb: " + "y" * 5000 + "\nc: 2\n",
}

writer_values = {
 "str-plain": "hello", "str-yes": "yes", "str-Y": "Y", "str-on": "on", "str-NO": "NO",
 "str-true": "true", "str-null": "null", "str-tilde": "~", "str-empty": "",
 "str-int": "42", "str-neg": "-7", "str-plus": "+5", "str-float": "1.5", "str-dotfive": ".5",
 "str-octal": "0755", "str-08": "08", "str-hex": "0x1F", "str-bin": "0b101", "str-under": "1_000",
 "str-exp": "1e3", "str-1e400": "1e400", "str-inf": ".inf", "str-nan": ".NaN", "str-sexa": "1:30",
 "str-sexa-bad": "1:60", "str-time": "12:30:45", "str-date": "2001-12-14", "str-date-bad": "2001-13-14",
 "str-datetime": "2001-12-14T21:59:43Z", "str-datetime-space": "2001-12-14 21:59:43",
 "str-lead-space": " x", "str-trail-space": "x ", "str-colon-space": "a: b", "str-colon-end": "a:",
 "str-colon-mid": "a:b", "str-hash-space": "a #b", "str-hash-mid": "a#b", "str-hash-lead": "#a",
 "str-dash-space": "- a", "str-dash": "-", "str-dash-word": "-a", "str-triple-dash": "---",
 "str-dots": "...", "str-star": "*a", "str-amp": "&a", "str-bang": "!a", "str-pct": "%a",
 "str-at": "@a", "str-backtick": "`a", "str-lbracket": "[a", "str-lbrace": "{a", "str-pipe": "|a",
 "str-gt": ">a", "str-quote": "'a", "str-dquote": "\"a", "str-question": "?a", "str-question-space": "? a",
 "str-comma": "a, b", "str-lead-comma": ",a", "str-eq": "=", "str-merge": "<<", "str-apos": "a'b",
 "str-backslash": "a\\b", "str-tab": "a\tb", "str-cr": "a\rb", "str-ctrl": "a\u0001b", "str-esc": "\u001b[0m",
 "str-nul": "a\u0000b", "str-del": "a\u007fb", "str-nel": "a\u0085b", "str-nbsp": "a\u00a0b",
 "str-ls": "a\u2028b", "str-bom": "\ufeffa", "str-c1": "a\u0090b",
 "str-emoji": "😀", "str-accent": "café", "str-cjk": "漢字", "str-rtl": "שלום",
 "ml-simple": "a\nb", "ml-trailing-nl": "a\nb\n", "ml-two-nl": "a\nb\n\n", "ml-only-nl": "\n",
 "ml-lead-nl": "\na", "ml-lead-space": "  a\nb", "ml-space-before-nl": "a \nb", "ml-blank-line-spaces": "a\n  \nb",
 "ml-tab": "a\tb\nc", "ml-empty-line": "a\n\nb", "ml-cr": "a\r\nb", "ml-trailing-space": "a\nb ",
 "ml-yaml": "key: value\nlist:\n  - 1\n", "ml-indent-inside": "a\n  b\n    c",
 "long-words": " ".join(["word"] * 30), "long-exact": "x" * 79 + " y", "long-no-space": "x" * 120,
 "long-double-spaces": "aaaa  " * 20, "long-quoted-yes": "yes " + "word " * 25 + "end",
 "long-colon": "key: " + "value " * 20, "long-leading-space": " " + "word " * 25,
 "long-url": "https://example.com/" + "a" * 60 + " next " + "b" * 30,
 "long-tabbed": "word\t" + "w " * 50,
 "num-int": 42, "num-neg": -17, "num-zero": 0, "num-negzero": -0.0, "num-half": 0.5, "num-pi": 3.141592653589793,
 "num-million": 1000000, "num-big": 123456789, "num-2p53": 9007199254740993, "num-1e20": 1e20, "num-1e21": 1e21,
 "num-1e22": 1e22, "num-tiny": 1e-7, "num-small": 0.0001, "num-smaller": 0.00001, "num-frac-big": 1234567.5,
 "num-int64max": 9223372036854775807, "num-uint-range": 18446744073709551615,
 "bool-t": True, "bool-f": False, "null": None,
 "list-empty": [], "map-empty": {}, "list-mixed": ["a", 1, None, True, 1.5, [], {}],
 "list-nested": [[1, 2], [3, [4, 5]], [[]]], "list-of-maps": [{"a": 1, "b": [1, 2]}, {"c": {"d": "e"}}],
 "map-nested": {"a": {"b": {"c": {"d": [1, {"e": "f"}]}}}},
 "map-keys-order": {"b": 1, "a": 2, "C": 3, "_": 4, "1": 5, "10": 6, "9": 7, "a10": 8, "a9": 9, "a09": 10, "é": 11, "-": 12, "Z": 13, "aa": 14, "a.b": 15, "a b": 16},
 "map-keys-numeric": {"1": "a", "2": "d", "10": "e", "x1y": "h", "x2": "k", "b2": "l", "b10": "m"},
 "map-keys-special": {"yes": 1, "n": 2, "null": 3, "": 4, "a: b": 5, "~": 6, "-x": 7, "#k": 8, "k ": 9, " k": 10, "a\nb": 11, "1:30": 12},
 "map-key-long": {"k" * 130: 1, "j" * 127: 2},
 "map-list-in-map": {"l": [1, 2], "m": {"l": ["x"]}, "e": []},
 "map-multiline-values": {"script": "#!/bin/sh\necho hi\n", "note": "line1\nline2", "q": "x: y"},
 "map-deep-long": {"a": {"b": {"c": {"d": " ".join(["longword"] * 15)}}}},
 "list-long-strings": [" ".join(["item"] * 25), "short"],
 "list-multiline": ["a\nb", "c\n", {"k": "v\nw"}],
 "unicode-mixed": {"ключ": "значение", "キー": "値", "emoji😀": "😀 smile"},
}

def run_once(cases):
    lines = "\n".join(json.dumps(c) for c in cases) + "\n"
    res = subprocess.run([oracle, "eval"], input=lines, capture_output=True, text=True, check=True)
    return {json.loads(l)["id"]: json.loads(l) for l in res.stdout.splitlines() if l.strip()}

def run(cases):
    # Run three times and keep only cases whose result never changed (Go map order leaks
    # into some results, e.g. colliding stringified keys or non-transitive key orders).
    a, b, c = run_once(cases), run_once(cases), run_once(cases)
    stable = {k: v for k, v in a.items() if b.get(k) == v and c.get(k) == v}
    for k in a:
        if k not in stable:
            print("unstable, dropped:", k, file=sys.stderr)
    return stable

rc = [{"id": k, "template": "{{ toJson .Values }}", "chart_values": v} for k, v in reader.items()]
rr = run(rc)
with open(out + "/reader-cases.jsonl", "w") as f:
    for c in rc:
        if c["id"] not in rr:
            continue
        r = rr[c["id"]]
        line = {"id": c["id"], "yaml": c["chart_values"]}
        if "error" in r:
            line["error"] = r["error"]
        else:
            line["json"] = r["output"]
        f.write(json.dumps(line, ensure_ascii=False) + "\n")

wc = []
for k, v in writer_values.items():
    for fn in ("toYaml", "toYamlPretty"):
        wc.append({"id": fn + "/" + k, "template": "{{ %s .Values.v }}" % fn, "values": {"v": v}})
        wc.append({"id": fn + "-in-map/" + k, "template": "{{ %s (dict \"key\" (list .Values.v) \"k\" .Values.v) }}" % fn, "values": {"v": v}})
wr = run(wc)
with open(out + "/writer-cases.jsonl", "w") as f:
    for c in wc:
        if c["id"] not in wr:
            continue
        r = wr[c["id"]]
        line = {"id": c["id"], "values": c["values"], "template": c["template"]}
        if "error" in r:
            line["error"] = r["error"]
        else:
            line["output"] = r["output"]
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
from_yaml = {
 "map": "a: 1\nb: [x, y]\n", "bools": "y: n\non: off\n", "list-top": "- 1\n- 2\n", "scalar-top": "hello\n",
 "empty": "", "null": "~\n", "bad": "a: b: c\n", "bad-line2": "x: 1\na: [\n", "multi-doc": "a: 1\n---\nb: 2\n",
 "nan": "a: .nan\n", "null-key": "~: 1\n", "list-key": "? [a]\n: 1\n", "numbers": "a: 0x10\nb: 1e3\nc: 9007199254740993\n",
 "merge": "b: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n", "binary": "a: !!binary aGk=\n", "json": "{\"a\": [1, {\"b\": null}]}\n",
 "list-of-maps": "- a: 1\n- b: 2\n", "unknown-anchor": "a: *x\n", "tab": "a:\n\tb: 1\n", "string-num-top": "42\n",
 "flow-list": "[1, two, {three: 3}]\n", "dup": "a: 1\na: 2\n", "doc-end": "a: 1\n...\n", "second-doc-bad": "a: 1\n---\n: : :\n",
}
fc = []
for k, v in from_yaml.items():
    fc.append({"id": "fromYaml/" + k, "template": "{{ fromYaml .Values.s | toJson }}", "values": {"s": v}})
    fc.append({"id": "fromYamlArray/" + k, "template": "{{ fromYamlArray .Values.s | toJson }}", "values": {"s": v}})
fr = run(fc)
with open(out + "/fromyaml-cases.jsonl", "w") as f:
    for c in fc:
        if c["id"] not in fr:
            continue
        r = fr[c["id"]]
        line = {"id": c["id"], "yaml": c["values"]["s"]}
        if "error" in r:
            line["error"] = r["error"]
        else:
            line["json"] = r["output"]
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
import random
rnd = random.Random(20261123)
pieces = ["word", "a", "longerword", " ", " ", "  ", ": ", " #", "#", "-", "- ", "'", '"', "\\", "\n", "\n\n", "\t",
          "é", "漢", "😀", "yes", "1", "0x1F", "1.5", "~", "null", ",", "[", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "?", ":",
          "http://example.com/path", "x" * 30, "\r", "\u00a0", "\u2028", "=", "<<", "...", "---"]
def rstr():
    return "".join(rnd.choice(pieces) for _ in range(rnd.choice([1, 1, 2, 3, 5, 8, 20, 40])))
def rval(depth=0):
    r = rnd.random()
    if depth < 3 and r < 0.2:
        return {rstr(): rval(depth + 1) for _ in range(rnd.randint(0, 4))}
    if depth < 3 and r < 0.35:
        return [rval(depth + 1) for _ in range(rnd.randint(0, 4))]
    if r < 0.45:
        return rnd.choice([0, 1, -1, 1.5, 1e6, 123456789.125, 1e-5, 2**60, 1e300, True, False, None])
    return rstr()
fz = []
for n in range(300):
    v = rval()
    fn = "toYaml" if n % 3 else "toYamlPretty"
    fz.append({"id": "fuzz-%d/%s" % (n, fn), "template": "{{ %s (dict \"key\" (list .Values.v) \"k\" .Values.v) }}" % fn, "values": {"v": v}})
fzr = run(fz)
with open(out + "/writer-fuzz-cases.jsonl", "w") as f:
    for c in fz:
        if c["id"] not in fzr:
            continue
        r = fzr[c["id"]]
        line = {"id": c["id"], "values": c["values"], "template": c["template"]}
        if "error" in r:
            line["error"] = r["error"]
        else:
            line["output"] = r["output"]
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
scalars = ["1", "-2", "0x1F", "0777", "08", "1_000", "+5", "1.5", ".5", "1e3", "1e400", ".inf", "~", "null", "", "y", "n", "yes",
           "Off", "true", "2001-12-14", "1:30", "'q'", '"d\\tq"', "plain text", "a: b", "- x", "#c", "x #c", "[1, 2]", "{a: 1}",
           "!!str 1", "!!binary aGk=", "*A", "&A v", "|\n  lit\n  eral", ">\n  fol\n  ded", "é", "😀", "'it''s'", "0o17", "0b11"]
keys = ["a", "b", "y", "n", "on", "1", "1.5", "~", "null", "'q'", "\"d\"", "x y", "é", "<<", "true", "2001-12-14", "k-1", "K"]
def rdoc(depth=0, indent=0):
    lines = []
    for _ in range(rnd.randint(1, 4)):
        k = rnd.choice(keys)
        pad = " " * indent
        r = rnd.random()
        if depth < 2 and r < 0.25:
            lines.append(pad + k + ":")
            lines.extend(rdoc(depth + 1, indent + 2))
        elif depth < 2 and r < 0.4:
            lines.append(pad + k + ":")
            for _ in range(rnd.randint(1, 3)):
                v = rnd.choice(scalars)
                if v.startswith("|") or v.startswith(">"):
                    v = "x"
                lines.append(pad + rnd.choice(["", "  "]) + "- " + v)
        else:
            v = rnd.choice(scalars)
            if v.startswith("|") or v.startswith(">"):
                v = v.replace("\n  ", "\n" + pad + "  ")
            lines.append(pad + k + ": " + v)
    return lines
def mutate(text):
    ls = text.split("\n")
    r = rnd.random()
    i = rnd.randrange(len(ls))
    if r < 0.3:
        ls[i] = " " + ls[i]
    elif r < 0.5:
        ls[i] = ls[i].replace(":", "", 1)
    elif r < 0.65:
        ls.insert(i, rnd.choice(["---", "--- x", "\tz: 1", "[", "'", "? x", "- 1", "...", "&", "*B"]))
    elif r < 0.8:
        ls[i] = ls[i] + rnd.choice([": x", " ]", " #", "'", "\"", " &A", " *A"])
    return "\n".join(ls)
rf = []
for n in range(300):
    text = "\n".join(rdoc()) + "\n"
    if "&A" not in text and "*A" in text:
        text = "anchor: &A anchored\n" + text
    if n % 3 == 0:
        text = mutate(text)
    if n % 7 == 0:
        text = text + "---\n" + "\n".join(rdoc()) + "\n"
    rf.append({"id": "reader-fuzz-%d" % n, "template": "{{ toJson .Values }}", "chart_values": text})
rfr = run(rf)
with open(out + "/reader-fuzz-cases.jsonl", "w") as f:
    for c in rf:
        if c["id"] not in rfr:
            continue
        r = rfr[c["id"]]
        line = {"id": c["id"], "yaml": c["chart_values"]}
        if "error" in r:
            line["error"] = r["error"]
        else:
            line["json"] = r["output"]
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
# Real charts' values.yaml files (shared corpus): toYaml / toYamlPretty of the values as Helm
# renders them, stored as FNV-1a 64 hashes to keep the repository small.
import os
corpus = os.path.join(os.path.dirname(oracle), "..", "corpus")
def fnv(b):
    h = 0xcbf29ce484222325
    for x in b:
        h ^= x
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h
if os.path.isdir(corpus):
    files = []
    for root, dirs, names in os.walk(corpus):
        dirs.sort()
        if "values.yaml" in names:
            files.append(os.path.join(root, "values.yaml"))
    cc = []
    for f in sorted(files):
        rel = os.path.relpath(f, corpus)
        text = open(f, encoding="utf-8").read()
        for fn in ("toYaml", "toYamlPretty"):
            cc.append({"id": fn + ":" + rel, "template": "{{ %s .Values }}" % fn, "chart_values": text})
    cr = run(cc)
    with open(out + "/corpus-values-hashes.jsonl", "w") as f:
        for c in cc:
            if c["id"] not in cr or "output" not in cr[c["id"]]:
                continue
            o = cr[c["id"]]["output"].encode("utf-8")
            f.write(json.dumps({"id": c["id"], "fnv64": fnv(o), "bytes": len(o)}) + "\n")
# Garbage: random token soup, mostly invalid YAML, to compare error messages and lines.
grnd = random.Random(7)
gchars = ["a", "b", ":", " ", "  ", "\n", "\n  ", "\n- ", "- ", "[", "]", "{", "}", ",", "#", "'", '"', "\\", "&x", "*x", "!",
          "!!str ", "|", ">", "?", "-", "---", "...", "\t", "1", "0x", "é", "%", "@", "`", "~", "yes", ": ", " #c", "\n\n",
          "|-\n  ", ">+\n  "]
gc = []
for n in range(1500):
    text = "".join(grnd.choice(gchars) for _ in range(grnd.randint(1, 25)))
    gc.append({"id": "f%d" % n, "template": "{{ toJson .Values }}", "chart_values": text + ("\n" if grnd.random() < 0.7 else "")})
gr = run(gc)
with open(out + "/reader-garbage-cases.jsonl", "w") as f:
    for c in gc:
        if c["id"] not in gr:
            continue
        r = gr[c["id"]]
        line = {"id": c["id"], "yaml": c["chart_values"]}
        if "error" in r:
            line["error"] = r["error"]
        else:
            line["json"] = r["output"]
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
print("reader cases:", len(rc), "writer cases:", len(wc), "fromYaml cases:", len(fc))
PY
