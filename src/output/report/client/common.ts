/** Page script, part: Constants, element helpers, the data blocks, shared state, the summary line and the pager. */
export const COMMON = String.raw`  var TYPES = ['person', 'place', 'organization', 'date', 'casualty'];
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
`;
