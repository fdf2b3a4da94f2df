import Foundation
import Testing

@testable import Template

/// Extra Go template edge cases (line numbers in multi-line actions and comments, number
/// literal forms, scoping, chains, parse errors), with Helm's results from helm-oracle.
@Suite struct ExtraOracleCaseTests {
  static let cases: [ConformanceCase] = ConformanceCase.parse(jsonl)

  @Test func allCasesLoad() { #expect(Self.cases.count == 86) }

  @Test(arguments: cases.map(\.id))
  func matchesHelm(id: String) throws {
    let c = try #require(Self.cases.first { $0.id == id })
    let (out, err) = ConformanceHarness.render(c)
    #expect(out == c.output)
    #expect(err == c.error)
  }

  static let jsonl = #"""
    {"id": "extra/multiline-action-error", "template": "a\n{{ .Values.s\n  | printf \"%s\"\n  | len\n  | index .Values.l }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "template: oracle/templates/t.yaml:5:4: executing \"oracle/templates/t.yaml\" at <index .Values.l>: error calling index: index out of range: 3"}
    {"id": "extra/multiline-parse-error", "template": "a\n{{ if\n  .Values.n }}\nx{{ nosuch }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:4): function \"nosuch\" not defined"}
    {"id": "extra/comment-newlines-error", "template": "{{/*\nc\n*/}}\n{{ .Values.nul.x }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "oracle/templates/t.yaml:4:10\n  executing \"oracle/templates/t.yaml\" at <.Values.nul.x>:\n    nil pointer evaluating interface {}.x"}
    {"id": "extra/trim-comment", "template": "a  {{- /* c */ -}}  b", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "ab"}
    {"id": "extra/trim-comment-left", "template": "a  {{- /* c */}}  b", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "a  b"}
    {"id": "extra/comment-only-line", "template": "x\n{{- /* hi */}}\ny", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "x\ny"}
    {"id": "extra/template-no-data", "template": "{{ define \"d\" }}[{{ . }}]{{ end }}{{ template \"d\" }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "[]"}
    {"id": "extra/template-data", "template": "{{ define \"d\" }}[{{ .a.b }}]{{ end }}{{ template \"d\" .Values.m }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "[1]"}
    {"id": "extra/paren-chain", "template": "{{ (.Values.m).a.b }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "1"}
    {"id": "extra/var-chain", "template": "{{ $.Values.m.a.b }}{{ $m := .Values.m }}{{ $m.a.b }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "11"}
    {"id": "extra/range-assign", "template": "{{ $x := 0 }}{{ range $x = .Values.l }}{{ end }}{{ $x }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "2"}
    {"id": "extra/range-assign2", "template": "{{ $i := 0 }}{{ $v := 0 }}{{ range $i, $v = .Values.l }}{{ end }}{{ $i }}-{{ $v }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "1-2"}
    {"id": "extra/empty-action", "template": "{{ }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): missing value for command"}
    {"id": "extra/empty-command", "template": "{{ | }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): unexpected \"|\" in command"}
    {"id": "extra/pipe-trailing", "template": "{{ 1 | }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "1"}
    {"id": "extra/unicode-field", "template": "{{ .Values.e }}{{ $é := 1 }}{{ $é }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "é1"}
    {"id": "extra/hex-float", "template": "{{ 0x1p4 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "16"}
    {"id": "extra/underscore-float", "template": "{{ 1_0.5 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "10.5"}
    {"id": "extra/octal", "template": "{{ 0777 }} {{ 0o777 }} {{ 0b11 }} {{ 0x_1F }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "511 511 3 31"}
    {"id": "extra/minus-zero", "template": "{{ -0 }} {{ +5 }} {{ -0.0 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "0 5 -0"}
    {"id": "extra/char-unicode", "template": "{{ 'é' }} {{ '\\x41' }} {{ '\\u00e9' }} {{ '\\'' }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "233 65 233 39"}
    {"id": "extra/string-escapes", "template": "{{ \"\\u00e9\\t\\x41\\101\\\\\" }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "é\tAA\\"}
    {"id": "extra/bad-octal", "template": "{{ 08 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): \"08\""}
    {"id": "extra/huge-float", "template": "{{ 1e400 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): \"1e400\""}
    {"id": "extra/uint-overflow", "template": "{{ 18446744073709551615 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "oracle/templates/t.yaml:1:3\n  executing \"oracle/templates/t.yaml\" at <18446744073709551615>:\n    18446744073709551615 overflows int"}
    {"id": "extra/int-min", "template": "{{ -9223372036854775808 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "-9223372036854775808"}
    {"id": "extra/float-print", "template": "{{ 1e6 }} {{ 1.5e-7 }} {{ 100000.0 }} {{ 3.0 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "1e+06 1.5e-07 100000 3"}
    {"id": "extra/print-spacing", "template": "{{ print 1 2 \"a\" \"b\" 3 nil true }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "1 2ab3 <nil> true"}
    {"id": "extra/println", "template": "{{ println 1 \"a\" nil }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "1 a <nil>\n"}
    {"id": "extra/html-multi", "template": "{{ html \"<a>\" 1 nil }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "&lt;a&gt;1&lt;no value&gt;"}
    {"id": "extra/js-multi", "template": "{{ js \"'\" 2 \"=\" }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "\\'2\\u003D"}
    {"id": "extra/urlquery-multi", "template": "{{ urlquery \"a b\" \"&\" 3 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "a+b%263"}
    {"id": "extra/deep-missing", "template": "{{ .Values.m.a.b.c }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "oracle/templates/t.yaml:1:10\n  executing \"oracle/templates/t.yaml\" at <.Values.m.a.b.c>:\n    can't evaluate field c in type interface {}"}
    {"id": "extra/field-on-int-var", "template": "{{ $n := 1 }}{{ $n.x }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "oracle/templates/t.yaml:1:18\n  executing \"oracle/templates/t.yaml\" at <$n.x>:\n    can't evaluate field x in type int"}
    {"id": "extra/field-on-list-elem", "template": "{{ range .Values.l }}{{ .x }}{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "oracle/templates/t.yaml:1:24\n  executing \"oracle/templates/t.yaml\" at <.x>:\n    can't evaluate field x in type interface {}"}
    {"id": "extra/field-with-args", "template": "{{ .Values.m 1 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "oracle/templates/t.yaml:1:10\n  executing \"oracle/templates/t.yaml\" at <.Values.m>:\n    m is not a method but has arguments"}
    {"id": "extra/nonfunc-args", "template": "{{ \"a\" 1 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "oracle/templates/t.yaml:1:3\n  executing \"oracle/templates/t.yaml\" at <\"a\">:\n    can't give argument to non-function \"a\""}
    {"id": "extra/dot-args", "template": "{{ . 1 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "oracle/templates/t.yaml:1:3\n  executing \"oracle/templates/t.yaml\" at <.>:\n    can't give argument to non-function ."}
    {"id": "extra/var-args", "template": "{{ $x := 1 }}{{ $x 2 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "oracle/templates/t.yaml:1:16\n  executing \"oracle/templates/t.yaml\" at <$x>:\n    can't give argument to non-function $x"}
    {"id": "extra/nil-chain", "template": "{{ nil.x }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): unexpected . after term \"nil\""}
    {"id": "extra/number-chain", "template": "{{ 1.x }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): \"1.x\""}
    {"id": "extra/string-chain", "template": "{{ \"a\".x }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): unexpected . after term \"\\\"a\\\"\""}
    {"id": "extra/else-chain", "template": "{{ if false }}a{{ else if .Values.nul }}b{{ else if .Values.n }}c{{ else }}d{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "c"}
    {"id": "extra/with-else-with", "template": "{{ with .Values.nul }}a{{ else with .Values.s }}{{ . }}{{ else }}z{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "str"}
    {"id": "extra/with-var-scope", "template": "{{ with $x := .Values.s }}{{ $x }}{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "str"}
    {"id": "extra/range-else-map", "template": "{{ range $k, $v := .Values.m }}{{ $k }}{{ else }}none{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "a"}
    {"id": "extra/range-empty-map", "template": "{{ range .Values.nul }}x{{ else }}none{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "none"}
    {"id": "extra/range-negative", "template": "{{ range -2 }}x{{ else }}none{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "none"}
    {"id": "extra/range-break-nested", "template": "{{ range .Values.l }}{{ range 3 }}{{ if eq . 1 }}{{ break }}{{ end }}{{ . }}{{ end }};{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "0;0;"}
    {"id": "extra/range-continue-var", "template": "{{ range $i, $e := .Values.l }}{{ if eq $i 0 }}{{ continue }}{{ end }}{{ $e }}{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "2"}
    {"id": "extra/decl-in-if", "template": "{{ if $x := .Values.n }}{{ $x }}{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "3"}
    {"id": "extra/assign-outer", "template": "{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "2"}
    {"id": "extra/shadow", "template": "{{ $x := 1 }}{{ if true }}{{ $x := 2 }}{{ $x }}{{ end }}{{ $x }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "21"}
    {"id": "extra/dollar-in-define", "template": "{{ define \"d\" }}{{ $ }}{{ end }}{{ template \"d\" 5 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "5"}
    {"id": "extra/block", "template": "{{ block \"b\" .Values.s }}[{{ . }}]{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "[str]"}
    {"id": "extra/block-redefine", "template": "{{ define \"b\" }}D{{ end }}{{ block \"b\" . }}B{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): multiple definition of template \"b\""}
    {"id": "extra/eq-multi", "template": "{{ eq 1 2 3 1 }} {{ eq \"a\" \"b\" }} {{ eq nil nil }} {{ eq .Values.nul nil }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "true false true true"}
    {"id": "extra/ne-nil", "template": "{{ ne .Values.nul 1 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "true"}
    {"id": "extra/lt-strings", "template": "{{ lt \"a\" \"b\" }} {{ le 2 2 }} {{ gt 2.5 1.5 }} {{ ge \"b\" \"a\" }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "true true true true"}
    {"id": "extra/not-values", "template": "{{ not 0 }} {{ not .Values.l }} {{ not nil }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "true false true"}
    {"id": "extra/len-forms", "template": "{{ len \"é\" }} {{ len .Values.m }} {{ len .Values.l }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "2 1 2"}
    {"id": "extra/index-nested", "template": "{{ index .Values.m \"a\" \"b\" }} {{ index .Values.m \"zz\" }} {{ index .Values.l 1 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "1  2"}
    {"id": "extra/index-nil-key", "template": "{{ index .Values.m nil }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "template: oracle/templates/t.yaml:1:3: executing \"oracle/templates/t.yaml\" at <index .Values.m nil>: error calling index: value is nil; should be of type string"}
    {"id": "extra/index-no-args", "template": "{{ index .Values.l }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "[1 2]"}
    {"id": "extra/index-string", "template": "{{ index \"abc\" 1 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "98"}
    {"id": "extra/and-or-values", "template": "{{ and 1 \"\" 3 }} {{ or nil 0 }} {{ and .Values.s .Values.n }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": " 0 3"}
    {"id": "extra/and-pipe", "template": "{{ 0 | and 1 }} {{ 5 | or 0 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "0 5"}
    {"id": "extra/printf-pipe", "template": "{{ 3 | printf \"%d-%s\" \"x\" }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "%!d(string=x)-%!s(int=3)"}
    {"id": "extra/call-nil", "template": "{{ call nil }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "template: oracle/templates/t.yaml:1:3: executing \"oracle/templates/t.yaml\" at <call nil>: error calling call: call of nil"}
    {"id": "extra/not-too-many", "template": "{{ not 1 2 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "oracle/templates/t.yaml:1:3\n  executing \"oracle/templates/t.yaml\" at <not>:\n    wrong number of args for not: want 1 got 2"}
    {"id": "extra/undefined-fn-in-helpers", "template": "{{ 1 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "helpers": "{{ define \"h\" }}{{ nope }}{{ end }}", "error": "parse error at (oracle/templates/_helpers.tpl:1): function \"nope\" not defined"}
    {"id": "extra/cr-lf", "template": "a\r\n{{- 1 }}\r\n", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "a1\r\n"}
    {"id": "extra/trim-tab", "template": "a\t{{- 1 -}}\tb", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "a1b"}
    {"id": "extra/nested-quote-template", "template": "{{ template \"a b\" }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "oracle/templates/t.yaml:1:12\n  executing \"oracle/templates/t.yaml\" at <{{template \"a b\"}}>:\n    template \"a b\" not defined"}
    {"id": "extra/define-raw-name", "template": "{{ define `r` }}R{{ end }}{{ template `r` }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "output": "R"}
    {"id": "extra/missing-end-define", "template": "{{ define \"x\" }}abc", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): unexpected EOF"}
    {"id": "extra/else-in-define-top", "template": "{{ define \"x\" }}{{ else }}{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): unexpected {{else}} in define clause"}
    {"id": "extra/end-in-range-else", "template": "{{ range .Values.l }}{{ else }}{{ else }}{{ end }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): expected end; found {{else}}"}
    {"id": "extra/bad-char-action", "template": "{{ .Values.n ; }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): unexpected \";\" in operand"}
    {"id": "extra/unicode-char-action", "template": "{{ .Values.n é }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): function \"é\" not defined"}
    {"id": "extra/var-bad-char", "template": "{{ $a-b := 1 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): bad character U+002D '-'"}
    {"id": "extra/dot-dot", "template": "{{ .. }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): unexpected <.> in operand"}
    {"id": "extra/field-number", "template": "{{ .Values.l.0 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): unexpected \".0\" in operand"}
    {"id": "extra/assign-undeclared-parse", "template": "{{ $x = 1 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "oracle/templates/t.yaml:1:8\n  executing \"oracle/templates/t.yaml\" at <1>:\n    undefined variable: $x"}
    {"id": "extra/long-context", "template": "{{ index .Values.l 1 2 3 4 5 6 7 8 9 10 11 12 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "template: oracle/templates/t.yaml:1:3: executing \"oracle/templates/t.yaml\" at <index .Values.l 1 2 3 4 5 6 7 8 9 10 11 12>: error calling index: can't index item of type float64"}
    {"id": "extra/colon-error", "template": "{{ $x : 1 }}", "values": {"n": 3, "s": "str", "l": [1, 2], "m": {"a": {"b": 1}}, "nul": null, "e": "é", "t": true}, "error": "parse error at (oracle/templates/t.yaml:1): undefined variable \"$x\""}
    """#
}
