/** Page script, part: One article: its text with nested highlight spans built from the marks, and the side list. */
export const ARTICLE = String.raw`  // ---- one article --------------------------------------------------------
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
`;
