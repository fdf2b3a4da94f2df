/// The stylesheet and script inlined into the HTML report (no file or network access).
enum DiffHTMLAssets {
  static let css = """
    :root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--card:#fff;
    --added:#1a7f37;--removed:#cf222e;--changed:#9a6700;--renamed:#8250df;--migrated:#0969da;
    --ins:#dafbe1;--ins-ln:#ccffd8;--ins-mark:#aceebb;--del:#ffebe9;--del-ln:#ffd7d5;--del-mark:#ff818266;
    --mono:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace}
    *{box-sizing:border-box}
    body{margin:0;font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
    header.top{display:flex;align-items:flex-end;justify-content:space-between;gap:16px;padding:20px 32px 16px;background:#fff;border-bottom:1px solid var(--line)}
    h1{margin:0;font-size:20px;font-weight:600;letter-spacing:-.01em}
    .sides{margin:6px 0 0;display:flex;align-items:center;gap:8px}
    .side{font-family:var(--mono);font-size:12px;padding:2px 8px;border-radius:6px;border:1px solid var(--line);background:var(--bg)}
    .arrow{color:var(--muted)}
    .scope{margin:0;color:var(--muted);font-size:13px}
    .cards{display:grid;grid-template-columns:repeat(5,minmax(0,1fr));gap:12px;padding:20px 32px 0}
    .card{display:flex;flex-direction:column;align-items:flex-start;gap:2px;padding:12px 16px;border:1px solid var(--line);border-left-width:4px;border-radius:8px;background:var(--card);font:inherit;color:inherit;text-align:left;cursor:pointer}
    .card .n{font-size:26px;font-weight:600;line-height:1.1}
    .card .label{color:var(--muted);text-transform:capitalize}
    .card[aria-pressed=false]{opacity:.45}
    .card.zero .n{color:var(--muted)}
    .card.added{border-left-color:var(--added)}.card.removed{border-left-color:var(--removed)}
    .card.changed{border-left-color:var(--changed)}.card.renamed{border-left-color:var(--renamed)}
    .card.migrated{border-left-color:var(--migrated)}
    .matrix{padding:16px 32px 0}
    table{border-collapse:collapse}
    #summary-table{width:100%;background:#fff;border:1px solid var(--line);border-radius:8px;overflow:hidden}
    #summary-table th,#summary-table td{padding:6px 12px;border-bottom:1px solid var(--line);text-align:left}
    #summary-table th{background:var(--bg);font-weight:600;font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
    #summary-table tr:last-child td{border-bottom:0}
    #summary-table tr.quiet td{color:var(--muted)}
    .num{text-align:right!important;font-variant-numeric:tabular-nums;width:90px}
    td.num.zero{color:#afb8c1}
    td.added:not(.zero){color:var(--added);font-weight:600}td.removed:not(.zero){color:var(--removed);font-weight:600}
    td.changed:not(.zero){color:var(--changed);font-weight:600}td.renamed:not(.zero){color:var(--renamed);font-weight:600}
    td.migrated:not(.zero){color:var(--migrated);font-weight:600}
    .toolbar{position:sticky;top:0;z-index:2;display:flex;gap:8px;align-items:center;padding:12px 32px;margin-top:16px;background:var(--bg);border-bottom:1px solid var(--line)}
    #filter{flex:1;max-width:560px;padding:6px 10px;border:1px solid var(--line);border-radius:6px;font:inherit;background:#fff}
    #filter:focus{outline:2px solid var(--migrated);outline-offset:-1px}
    .toolbar button{padding:5px 12px;border:1px solid var(--line);border-radius:6px;background:#fff;font:inherit;cursor:pointer}
    .toolbar button:hover{background:var(--bg)}
    .shown{margin-left:auto;color:var(--muted);font-size:13px}
    main{padding:8px 32px 32px}
    .group h2{font-size:15px;font-weight:600;margin:20px 0 8px}
    details.resource{background:#fff;border:1px solid var(--line);border-radius:8px;margin:8px 0;overflow:hidden}
    details.resource>summary{display:flex;align-items:center;gap:10px;padding:8px 12px;cursor:pointer;list-style:none}
    details.resource>summary::-webkit-details-marker{display:none}
    details.resource>summary::before{content:"▸";color:var(--muted);width:10px}
    details.resource[open]>summary::before{content:"▾"}
    details.resource[open]>summary{border-bottom:1px solid var(--line);background:var(--bg)}
    .badge{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;padding:2px 8px;border-radius:999px;color:#fff}
    .badge.added{background:var(--added)}.badge.removed{background:var(--removed)}.badge.changed{background:var(--changed)}
    .badge.renamed{background:var(--renamed)}.badge.migrated{background:var(--migrated)}
    .kind{font-weight:600}.name{font-family:var(--mono);font-size:13px}
    .detail{margin-left:auto;color:var(--muted);font-size:12px;font-family:var(--mono)}
    .body{padding:12px}
    table.fields{width:100%;margin-bottom:12px;border:1px solid var(--line)}
    table.fields th,table.fields td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
    table.fields th{background:var(--bg);font-size:12px;color:var(--muted)}
    table.fields code{font-family:var(--mono);font-size:12px;word-break:break-all}
    table.fields td.old code{color:var(--removed)}table.fields td.new code{color:var(--added)}
    table.fields td.path{width:40%}
    .tag{font-size:11px;padding:1px 6px;border-radius:4px;background:#ddf4ff;color:var(--migrated)}
    .sbs-wrap{border:1px solid var(--line);border-radius:6px;overflow:auto}
    table.sbs{width:100%;table-layout:fixed;font-family:var(--mono);font-size:12px;line-height:20px}
    table.sbs col.ln{width:48px}
    table.sbs thead th{padding:4px 8px;text-align:left;font-weight:600;background:var(--bg);border-bottom:1px solid var(--line);font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
    table.sbs td{padding:0 8px;white-space:pre-wrap;word-break:break-all;vertical-align:top}
    table.sbs td.ln{color:#8c959f;text-align:right;user-select:none;white-space:nowrap}
    table.sbs td.code+td.ln{border-left:1px solid var(--line)}
    table.sbs tr.hunk td{background:#ddf4ff;color:var(--muted);padding:2px 8px}
    td.del{background:var(--del)}td.ln.del{background:var(--del-ln)}
    td.ins{background:var(--ins)}td.ln.ins{background:var(--ins-ln)}
    td.del mark{background:var(--del-mark);border-radius:2px}td.ins mark{background:var(--ins-mark);border-radius:2px}
    td.blank{background:#f6f8fa}
    .empty{padding:24px 32px;color:var(--muted)}
    footer{padding:16px 32px 32px;color:var(--muted);font-size:12px}
    .hidden{display:none!important}
    """

  static let script = """
    (function(){
    var filter=document.getElementById('filter');
    var cards=[].slice.call(document.querySelectorAll('.card'));
    var items=[].slice.call(document.querySelectorAll('details.resource'));
    var groups=[].slice.call(document.querySelectorAll('section.group'));
    var shown=document.getElementById('shown');
    function kinds(){var k={};cards.forEach(function(c){k[c.dataset.kind]=c.getAttribute('aria-pressed')!=='false';});return k;}
    function apply(){
      var q=filter?filter.value.trim().toLowerCase():'';var k=kinds();var n=0;
      items.forEach(function(d){var ok=k[d.dataset.kind]&&(!q||q.split(/\\s+/).every(function(w){return d.dataset.search.indexOf(w)>=0;}));
        d.classList.toggle('hidden',!ok);if(ok)n++;});
      groups.forEach(function(g){g.classList.toggle('hidden',!g.querySelector('details.resource:not(.hidden)'));});
      if(shown)shown.textContent=n+' of '+items.length+' resources';
    }
    cards.forEach(function(c){c.addEventListener('click',function(){c.setAttribute('aria-pressed',c.getAttribute('aria-pressed')==='false'?'true':'false');apply();});});
    if(filter)filter.addEventListener('input',apply);
    var ex=document.getElementById('expand'),co=document.getElementById('collapse');
    if(ex)ex.addEventListener('click',function(){items.forEach(function(d){if(!d.classList.contains('hidden'))d.open=true;});});
    if(co)co.addEventListener('click',function(){items.forEach(function(d){d.open=false;});});
    apply();
    })();
    """
}
