/**
 * The report's page script, inlined at the end of the file. It reads the JSON data blocks and
 * builds every element from them with textContent, never innerHTML, so article text cannot
 * become markup. Articles are parsed and drawn one at a time, when opened (#article-N); the
 * article list and the figures table are drawn a page at a time, so 1,000 articles stay quick.
 * Plain ES2015 in a string: it runs in the reader's browser, not in Node.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var TYPES = ['person', 'place', 'organization', 'date', 'casualty'];
  var TYPE_NAMES = ['people', 'places', 'organisations', 'dates', 'casualty figures'];
  var SECTIONS = [['person', 'People'], ['place', 'Places'], ['organization', 'Organisations'], ['date', 'Dates'], ['casualty', 'Casualty figures']];
  var LIST_PAGE = 100;
  var FIGURE_PAGE = 100;

  function $(id) { return document.getElementById(id); }
  function data(id) { var node = $(id); return node ? JSON.parse(node.textContent) : null; }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function button(label, onClick) {
    var b = el('button', null, label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  var index = data('glean-index');
  var corpus = data('glean-corpus');
  var state = { article: -1, current: null, listPage: 0, filter: '', sortKey: 'date', sortDir: 1, figPage: 0, corpusDrawn: false };

  var read = index.filter(function (a) { return a.doc !== null; }).length;
  $('summary').textContent = read + (read === 1 ? ' article' : ' articles') + ' · ' + corpus.figures.length +
    (corpus.figures.length === 1 ? ' casualty figure' : ' casualty figures') +
    (index.length > read ? ' · ' + (index.length - read) + ' unreadable' : '');

  function pager(box, page, pages, label, go) {
    box.textContent = '';
    if (pages > 1) box.appendChild(button('‹ Prev', function () { go(page - 1); })).disabled = page === 0;
    box.appendChild(el('span', null, (pages > 1 ? 'page ' + (page + 1) + ' of ' + pages + ' · ' : '') + label));
    if (pages > 1) box.appendChild(button('Next ›', function () { go(page + 1); })).disabled = page >= pages - 1;
  }

  // ---- article list -------------------------------------------------------
  function listed() {
    var term = state.filter.toLowerCase();
    var out = [];
    for (var i = 0; i < index.length; i++) if (!term || index[i].path.toLowerCase().indexOf(term) !== -1) out.push(i);
    return out;
  }
  function renderList() {
    var items = listed();
    var pages = Math.max(1, Math.ceil(items.length / LIST_PAGE));
    state.listPage = Math.min(Math.max(0, state.listPage), pages - 1);
    var list = $('article-list');
    list.textContent = '';
    items.slice(state.listPage * LIST_PAGE, (state.listPage + 1) * LIST_PAGE).forEach(function (i) {
      var a = index[i];
      var link = el('a');
      link.href = '#article-' + i;
      link.appendChild(el('span', 'path', a.path));
      if (i === state.article) link.setAttribute('aria-current', 'true');
      if (a.error) link.appendChild(el('span', 'error', ' ' + a.error.code));
      else {
        var counts = el('span', 'counts');
        a.counts.forEach(function (n, t) {
          if (!n) return;
          var c = el('span', 'count t-' + TYPES[t], n);
          c.title = n + ' ' + TYPE_NAMES[t];
          counts.appendChild(c);
        });
        if (a.totals) counts.appendChild(el('span', 'note', a.totals));
        link.appendChild(counts);
      }
      var li = el('li');
      li.appendChild(link);
      list.appendChild(li);
    });
    pager($('list-pager'), state.listPage, pages, items.length + ' of ' + index.length + ' inputs', function (p) { state.listPage = p; renderList(); });
  }
  $('filter').addEventListener('input', function (ev) { state.filter = ev.target.value; state.listPage = 0; renderList(); });

  // ---- one article --------------------------------------------------------
  function renderText(box, doc) {
    var text = doc.text;
    var marks = doc.marks;
    var pos = 0;
    var stack = [{ node: box, end: text.length }];
    function flushTo(to) {
      if (to > pos) stack[stack.length - 1].node.appendChild(document.createTextNode(text.slice(pos, to)));
      pos = to;
    }
    for (var k = 0; k < marks.length; k += 4) {
      while (stack[stack.length - 1].end <= marks[k]) { flushTo(stack[stack.length - 1].end); stack.pop(); }
      flushTo(marks[k]);
      var span = el('span', 'm t-' + doc.entities[marks[k + 3]].t);
      span.tabIndex = 0;
      span.setAttribute('data-m', marks[k + 2]);
      span.setAttribute('data-e', marks[k + 3]);
      stack[stack.length - 1].node.appendChild(span);
      stack.push({ node: span, end: marks[k + 1] });
    }
    while (stack.length > 1) { flushTo(stack[stack.length - 1].end); stack.pop(); }
    flushTo(text.length);
  }

  function renderEntities(doc) {
    var aside = el('aside', 'entities');
    aside.setAttribute('aria-label', 'Found in this article');
    if (doc.totals.length) {
      aside.appendChild(el('h3', null, 'Casualty totals'));
      aside.appendChild(el('p', 'totals', doc.totals.map(function (t) { return t[0] + ' ' + t[1]; }).join(', ')));
    }
    SECTIONS.forEach(function (section) {
      var items = [];
      doc.entities.forEach(function (e, i) { if (e.t === section[0]) items.push(i); });
      if (!items.length) return;
      aside.appendChild(el('h3', null, section[1] + ' (' + items.length + ')'));
      var ul = el('ul');
      items.forEach(function (i) {
        var e = doc.entities[i];
        var b = el('button', 't-' + e.t);
        b.type = 'button';
        b.setAttribute('data-e', i);
        b.appendChild(el('span', null, e.label + (e.n > 1 ? ' ×' + e.n : '')));
        if (e.sub) b.appendChild(el('span', 'sub', e.sub));
        var li = el('li');
        li.appendChild(b);
        ul.appendChild(li);
      });
      aside.appendChild(ul);
    });
    if (!doc.entities.length) aside.appendChild(el('p', 'note', 'Nothing found.'));
    return aside;
  }

  function renderArticle(i) {
    hideTip();
    var box = $('article');
    box.textContent = '';
    state.article = i;
    state.current = null;
    var entry = index[i];
    if (!entry) { box.appendChild(el('p', 'note', 'No articles.')); return; }
    box.appendChild(el('h2', null, entry.path));
    if (entry.error) { box.appendChild(el('p', 'warning', 'Could not be read: ' + entry.error.message + ' (' + entry.error.code + ')')); return; }
    var doc = data('doc-' + entry.doc);
    state.current = doc;
    var meta = 'published ' + (doc.publishedAt || 'unknown') + ' · ' + doc.mentions + (doc.mentions === 1 ? ' mention' : ' mentions') + ' highlighted';
    if (doc.unplaced) meta += ' · ' + doc.unplaced + ' with offsets outside the text, listed but not highlighted';
    box.appendChild(el('p', 'meta', meta));
    doc.warnings.forEach(function (w) { box.appendChild(el('p', 'warning', 'warning: ' + w)); });
    var body = el('div', 'article-body');
    var text = el('div', 'text');
    text.id = 'article-text';
    if (doc.text === null) text.appendChild(el('p', 'note', 'The text was not included in this report (glean --format html includes it; elsewhere use --emit-text).'));
    else renderText(text, doc);
    body.appendChild(text);
    body.appendChild(renderEntities(doc));
    box.appendChild(body);
  }

  // ---- tooltip: hover or focus a mention ------------------------------------
  var tip = $('tooltip');
  var tipFor = null;
  function showTip(span) {
    if (!state.current) return;
    var e = state.current.entities[Number(span.getAttribute('data-e'))];
    tip.textContent = '';
    var dl = el('dl');
    e.rows.forEach(function (row) { dl.appendChild(el('dt', null, row[0])); dl.appendChild(el('dd', null, row[1])); });
    tip.appendChild(dl);
    tip.hidden = false;
    var r = span.getClientRects()[0] || span.getBoundingClientRect();
    var maxLeft = window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8;
    tip.style.left = Math.max(window.scrollX + 4, Math.min(window.scrollX + r.left, maxLeft)) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
    if (tipFor) tipFor.removeAttribute('aria-describedby');
    span.setAttribute('aria-describedby', 'tooltip');
    tipFor = span;
  }
  function hideTip() {
    tip.hidden = true;
    if (tipFor) tipFor.removeAttribute('aria-describedby');
    tipFor = null;
  }
  function mentionAt(node) { return node && node.closest ? node.closest('#article-text .m') : null; }
  var article = $('article');
  article.addEventListener('mouseover', function (ev) { var m = mentionAt(ev.target); if (m && m !== tipFor) showTip(m); });
  article.addEventListener('mouseout', function (ev) { if (mentionAt(ev.target) && !mentionAt(ev.relatedTarget)) hideTip(); });
  article.addEventListener('focusin', function (ev) { var m = mentionAt(ev.target); if (m) showTip(m); });
  article.addEventListener('focusout', function (ev) { if (mentionAt(ev.target)) hideTip(); });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') hideTip(); });

  // side list: point at an entity to light up its mentions; click to go to the first one
  function light(ev, on) {
    var b = ev.target.closest && ev.target.closest('.entities button');
    if (!b) return;
    var spans = document.querySelectorAll('#article-text .m[data-e="' + b.getAttribute('data-e') + '"]');
    for (var i = 0; i < spans.length; i++) spans[i].classList.toggle('lit', on);
  }
  article.addEventListener('mouseover', function (ev) { light(ev, true); });
  article.addEventListener('mouseout', function (ev) { light(ev, false); });
  article.addEventListener('click', function (ev) {
    var b = ev.target.closest && ev.target.closest('.entities button');
    var first = b && document.querySelector('#article-text .m[data-e="' + b.getAttribute('data-e') + '"]');
    if (first) { first.scrollIntoView({ block: 'center' }); first.focus(); }
  });

  // ---- corpus view ----------------------------------------------------------
  function renderTops() {
    var box = $('tops');
    [['person', 'people'], ['place', 'places'], ['organization', 'organisations']].forEach(function (kind) {
      var part = el('div');
      part.appendChild(el('h3', null, kind[1].charAt(0).toUpperCase() + kind[1].slice(1)));
      var rows = corpus.tops[kind[0]];
      if (!rows.length) { part.appendChild(el('p', 'note', 'None found.')); box.appendChild(part); return; }
      var table = el('table');
      var head = el('tr');
      head.appendChild(el('th', null, 'name'));
      head.appendChild(el('th', 'num', 'articles'));
      head.appendChild(el('th', 'num', 'mentions'));
      table.appendChild(el('thead')).appendChild(head);
      var body = table.appendChild(el('tbody'));
      rows.forEach(function (r) {
        var tr = el('tr');
        var name = tr.appendChild(el('td'));
        name.appendChild(el('span', 'count t-' + kind[0], r.name));
        if (r.country) name.appendChild(el('span', 'note', ' ' + r.country));
        tr.appendChild(el('td', 'num', r.docs));
        tr.appendChild(el('td', 'num', r.mentions));
        body.appendChild(tr);
      });
      part.appendChild(table);
      box.appendChild(part);
    });
    if (corpus.undated) $('undated').textContent = corpus.undated + ' figures have neither a dated month nor a publication date and are left out of the chart.';
  }

  // figure rows: [article, category, count, figure, date, month, group, place, superseded, text]
  var SORTS = {
    date: function (a, b) { return cmp(a[4] || a[5] || '\uffff', b[4] || b[5] || '\uffff'); },
    category: function (a, b) { return cmp(a[1], b[1]); },
    figure: function (a, b) { return a[2] - b[2]; },
    article: function (a, b) { return cmp(index[a[0]].path, index[b[0]].path); }
  };
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  var COLUMNS = [['date', 'date'], ['category', 'category'], ['figure', 'figure', 'num'], [null, 'group'], [null, 'place'], ['article', 'article'], [null, 'text']];
  function renderFigures() {
    var rows = corpus.figures.slice();
    var sort = SORTS[state.sortKey];
    var dir = state.sortDir;
    // ties fall back to date then article, so every order is the same on every load
    rows.sort(function (a, b) { return dir * sort(a, b) || SORTS.date(a, b) || a[0] - b[0]; });
    var pages = Math.max(1, Math.ceil(rows.length / FIGURE_PAGE));
    state.figPage = Math.min(Math.max(0, state.figPage), pages - 1);
    var table = $('figures');
    table.textContent = '';
    var head = el('tr');
    COLUMNS.forEach(function (col) {
      var th = el('th', col[2] || null);
      if (!col[0]) th.textContent = col[1];
      else {
        th.appendChild(button(col[1], function () {
          state.sortDir = state.sortKey === col[0] ? -state.sortDir : 1;
          state.sortKey = col[0];
          state.figPage = 0;
          renderFigures();
        }));
        th.setAttribute('aria-sort', state.sortKey === col[0] ? (dir > 0 ? 'ascending' : 'descending') : 'none');
      }
      head.appendChild(th);
    });
    table.appendChild(el('thead')).appendChild(head);
    var body = table.appendChild(el('tbody'));
    rows.slice(state.figPage * FIGURE_PAGE, (state.figPage + 1) * FIGURE_PAGE).forEach(function (r) {
      var tr = el('tr', r[8] ? 'superseded' : null);
      tr.appendChild(el('td', null, r[4] || (r[5] ? r[5] + ' (published)' : '')));
      tr.appendChild(el('td', null, r[1]));
      tr.appendChild(el('td', 'num', r[3]));
      tr.appendChild(el('td', null, r[6]));
      tr.appendChild(el('td', null, r[7]));
      var link = el('a', null, index[r[0]].path);
      link.href = '#article-' + r[0];
      tr.appendChild(el('td')).appendChild(link);
      var quote = el('a', null, r[9]);
      quote.href = '#article-' + r[0] + '/' + r[10];
      quote.title = 'show this figure in the article';
      tr.appendChild(el('td')).appendChild(quote);
      if (r[8]) tr.title = 'superseded by a later figure in the same article';
      body.appendChild(tr);
    });
    pager($('figures-pager'), state.figPage, pages, rows.length + (rows.length === 1 ? ' figure' : ' figures'), function (p) { state.figPage = p; renderFigures(); });
  }

  // ---- views: #corpus, #article-N (default: the first article) ---------------
  function route() {
    var corpusView = location.hash === '#corpus';
    $('view-articles').hidden = corpusView;
    $('view-corpus').hidden = !corpusView;
    $('tab-articles').setAttribute('aria-current', corpusView ? 'false' : 'page');
    $('tab-corpus').setAttribute('aria-current', corpusView ? 'page' : 'false');
    hideTip();
    if (corpusView) {
      if (!state.corpusDrawn) { renderTops(); renderFigures(); state.corpusDrawn = true; }
      return;
    }
    // #article-N opens article N; #article-N/M also goes to its mention M
    var match = /^#article-(\d+)(?:\/(\d+))?$/.exec(location.hash);
    var i = match && Number(match[1]) < index.length ? Number(match[1]) : state.article >= 0 ? state.article : 0;
    if (i !== state.article || !$('article').firstChild) {
      renderArticle(i);
      var at = listed().indexOf(i);
      if (at >= 0) state.listPage = Math.floor(at / LIST_PAGE);
    }
    renderList();
    var mention = match && match[2] ? document.querySelector('#article-text .m[data-m="' + match[2] + '"]') : null;
    if (mention) { mention.scrollIntoView({ block: 'center' }); mention.focus(); }
  }
  window.addEventListener('hashchange', route);
  route();
})();
`;
