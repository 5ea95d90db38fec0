/** Page script, part: The corpus view: most mentioned entities and the sortable, paged table of casualty figures. */
export const CORPUS = String.raw`  // ---- corpus view ----------------------------------------------------------
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
`;
