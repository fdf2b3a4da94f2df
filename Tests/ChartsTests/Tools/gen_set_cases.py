#!/usr/bin/env python3
"""Regenerates Data/set-cases.jsonl: how Helm v4.2.3 (through helm-oracle's SDK) parses
--set family expressions. Run with the helm-oracle venv python from Tests/ChartsTests:
  ~/.cache/helm-oracle/venv/bin/python Tools/gen_set_cases.py
"""
import json, os, sys
import helm_python as helm

SET = [
  "a=1", "a=1,b=2", "a.b=1", "a.b.c=x", "a=", "a=,b=1", "=1", "a", "a,b=1", "a=b=c",
  "a=1.5", "a=007", "a=0", "a=-5", "a=+1", "a=-0", "a=-01", "a=1e3", "a=0x10", "a=1_000",
  "a=9223372036854775807", "a=9223372036854775808", "a=-9223372036854775808", "a=-9223372036854775809",
  "a=true", "a=TRUE", "a=False", "a=null", "a=NULL", "a=nil", "a=yes", "a=~",
  "a={x,y}", "a={}", "a={ x }", "a={x, y }", "a={1,2,true,null}", "a={x", "a={x,y}z", "a={x},b=1", "a={a,b},c=d",
  "a[0]=x", "a[2]=x", "a[1]=x,a[0]=y", "a[0][1]=x", "a[1].b=x", "a[0].b=1,a[0].c=2", "a[0]", "a[", "a[1",
  "a[x]=1", "a[-1]=1", "a[65536]=1", "a[65537]=1", "a[99999999999999999999]=1", "a[]=1", "a[0]b=1", "a[0],b=1",
  "a[0]={x,y}", "a[0]=", "a[0][0][0]=deep", "a[1][2]=x", "a[0].b.c=1", "a[0].b[1]=2", "a[+1]=x", "a[ 1]=x",
  "a\\.b=1", "a\\=b=1", "a=b\\,c", "a=b\\", "a\\", "a=\\{x}", "a.b\\.c.d=1", "a\\[0]=x", "a[\\1]=x",
  "a.=1", ".a=1", "a..b=1", "a.b", "a.b=", "a.b,", "a,", "a=1,", "a=1,,b=2", ",a=1",
  "a.b=1,a.c=2", "a.b=1,a=2", "a=2,a.b=1", "a=1,a[0]=2", "a[0]=1,a.b=2", "a=x,a[0]=1",
  "name=value with spaces", " a = 1 ", "a=ü", "ü=1", "a=\"q\"", "a='q'", "a=x=y",
  "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd=1",
  "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd.ee=1",
  "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd.ee.ff=1",
  "a=1\n", "a=\t", "a.b=1,a.b.c=2", "a.b.c=2,a.b=1", "list={a,b},list[2]=c", "a={x}}", "a={,}",
  "a={x\\,y}", "a={x\\}y}", "tru=TrUe", "a=fAlSe,b=nUlL", "a=ſ", "a=falſe",
]
STRING = ["a=1", "a=true", "a=null", "a={1,2}", "a[1]=2", "a.b=007", "a=", "a", "a[x]=1", "a=1.5,b=x"]
JSON = [
  "a=1", "a={\"b\":[1,2]}", "a=\"x\"", "a=", "a=,b=1", "a=null", "a=true", "a=[1,{\"x\":null}]",
  "a=1,b=2", "a=1 ,b=2", "a= 1", "a=1 b=2", "a=x", "a={", "a=1x", "a.b=1.5", "a[1]=2", "a[0]=", "a[0]={\"x\":1}",
  "a=1e400", "a=\"\\u00e9\"", "a", "a.b=", "a=12345678901234567890", "a=-0", "a=1.0", "a=1e2",
  "a=[1,2", "a=\"x\",b=[1]", "a=1,,b=2", "a=tru", "a=truex", "a={\"b\":1}x",
]
LITERAL = ["a=b,c=d", "a=", "a", "a.b=x\\,y", "a[0]=x", "a[1].b=x", "a.b.c=1=2", "a,b=1", "a\\.b=1", "a[x]=1",
           "a=", "=x", "a.=x", "a[0][1]=x", "a[0]", "a={x,y}", "a=true", "a=1"]
FILE = ["a=a.txt", "a=empty.txt", "a=b.txt", "a=missing.txt", "a[0]=a.txt", "a.b=a.txt,c=empty.txt", "a={a.txt,b.txt}", "a"]

FUNCS = {"set": helm.parse_set_string, "set-string": helm.parse_set_string_values,
         "set-json": helm.parse_set_json, "set-literal": helm.parse_set_literal,
         "set-file": helm.parse_set_file}


def run(mode, exprs, out):
    for e in exprs:
        rec = {"mode": mode, "expr": e}
        try:
            if mode == "set-file":
                cwd = os.getcwd()
                os.chdir("Data/setfiles")
                try:
                    rec["output"] = FUNCS[mode](e)
                finally:
                    os.chdir(cwd)
            else:
                rec["output"] = FUNCS[mode](e)
        except Exception as x:
            msg = str(x)
            rec["error"] = msg
        out.write(json.dumps(rec, sort_keys=True) + "\n")


with open("Data/set-cases.jsonl", "w") as out:
    run("set", SET, out)
    run("set-string", STRING, out)
    run("set-json", JSON, out)
    run("set-literal", LITERAL, out)
    run("set-file", FILE, out)
