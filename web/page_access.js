// [SECTION] Touch, the accessible mirror and full screen: the page's half of wasm/page_access.cpp.
// Linked after the program (--post-js), so these are globals the program's EM_ASM calls find.

// Touches on the canvas go to the explorer's gesture code, never to Emscripten's GLFW (which
// would turn them into a confused mouse) nor to the browser (no page scroll or zoom steals
// them: the canvas has touch-action: none). Elsewhere on the page the browser keeps them.
var explorerLongPress = null;
function explorerFeedTouches(e, phase) {
  if (e.target !== Module.canvas || !window.explorerInputOpen) return;
  e.preventDefault();          // no mouse events made up from the touch, no scrolling
  e.stopImmediatePropagation();
  var rect = Module.canvas.getBoundingClientRect();
  for (var i = 0; i < e.changedTouches.length; i++) {
    var t = e.changedTouches[i];
    Module.ccall('explorer_touch', null, ['number', 'number', 'number', 'number', 'number'],
                 [phase, t.identifier, t.clientX - rect.left, t.clientY - rect.top, e.timeStamp]);
  }
  clearTimeout(explorerLongPress);
  if (phase === 2 && e.touches.length === 0 && e.changedTouches.length === 1) {
    // A tap on a text box: the keyboard comes up now, inside the gesture, as phones require.
    var end = e.changedTouches[0];
    if (Module.ccall('explorer_text_box_at', 'number', ['number', 'number'], [end.clientX - rect.left, end.clientY - rect.top]))
      explorerTextProxy(1);
  }
  if (phase === 0 && e.touches.length === 1) {
    // A finger that rests becomes a hover (the tooltip) after half a second.
    explorerLongPress = setTimeout(function () {
      Module.ccall('explorer_touch', null, ['number', 'number', 'number', 'number', 'number'], [4, 0, 0, 0, performance.now()]);
    }, 520);
  }
}
[['touchstart', 0], ['touchmove', 1], ['touchend', 2], ['touchcancel', 3]].forEach(function (p) {
  window.addEventListener(p[0], function (e) { explorerFeedTouches(e, p[1]); }, { capture: true, passive: false });
});

// The browser counts clicks on the events' own times and at the system's double-click speed
// (slower for some readers); ImGui counts them on frames, which a busy machine draws too far
// apart. The explorer takes the browser's count of each press.
window.addEventListener('mousedown', function (e) {
  if (e.target === Module.canvas && e.button === 0 && window.explorerInputOpen)
    Module.ccall('explorer_mouse_clicks', null, ['number'], [e.detail]);
}, { capture: true });

// [SECTION] typing on a phone: a canvas cannot bring up the on-screen keyboard, so a text field
// of the page takes the focus while an ImGui text box is being edited, and passes on what is typed.
var explorerProxy = (function () {
  var input = document.createElement('input');
  input.id = 'text-proxy';
  input.className = 'visually-hidden';
  input.setAttribute('aria-label', 'Text for the box being edited');
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('autocapitalize', 'off');
  input.setAttribute('spellcheck', 'false');
  input.style.fontSize = '16px';  // smaller text makes iOS zoom the page on focus
  document.body.appendChild(input);
  var keys = { Backspace: 1, Enter: 2, Tab: 3, Escape: 4, ArrowLeft: 5, ArrowRight: 6, Delete: 7, Home: 8, End: 9 };
  // web/shell.html keeps the proxy's key events from Emscripten's GLFW (which would type them a
  // second time) and hands its key downs here; the text itself comes with 'input'.
  window.explorerProxyKey = function (e) {
    if (!keys[e.key]) return;
    e.preventDefault();
    Module.ccall('explorer_text_key', null, ['number'], [keys[e.key]]);
  };
  input.addEventListener('input', function () {
    if (!input.value) return;
    Module.ccall('explorer_type_text', null, ['string'], [input.value]);
    input.value = '';
  });
  return input;
})();
function explorerTextProxy(on) {
  if (on) explorerProxy.focus({ preventScroll: true });
  else if (document.activeElement === explorerProxy) { explorerProxy.blur(); Module.canvas.focus(); }
}

// Present (F): the whole page full screen, and back.
function explorerToggleFullscreen() {
  var d = document;
  var p = d.fullscreenElement ? d.exitFullscreen() : d.documentElement.requestFullscreen({ navigationUI: 'hide' });
  if (p && p.catch) p.catch(function (e) { console.warn('full screen: ' + e); });
}
document.addEventListener('fullscreenchange', function () {
  if (window.explorerInputOpen)
    Module.ccall('explorer_set_fullscreen', null, ['number'], [document.fullscreenElement ? 1 : 0]);
});

// [SECTION] the accessible mirror: the canvas' content as headings, lists and text, off screen
// but read by screen readers; a live region says what changed. The program sends it (as JSON)
// only when the screen changes.
function explorerMirrorElement(tag, attributes, text) {
  var el = document.createElement(tag);
  for (var k in attributes || {}) el.setAttribute(k, attributes[k]);
  if (text !== undefined) el.textContent = text;
  return el;
}
function explorerMirrorAct(action) {
  Module.ccall('explorer_mirror_act', 'number', ['string'], [action]);
}
function explorerMirrorButton(text, action) {
  var b = explorerMirrorElement('button', { type: 'button' }, text);
  b.addEventListener('click', function () { explorerMirrorAct(action); });
  return b;
}
function explorerMirror(json) {
  var m = JSON.parse(json);
  var root = document.getElementById('a11y-mirror');
  var live = document.getElementById('a11y-live');
  var main = explorerMirrorElement('div');
  main.appendChild(explorerMirrorElement('h1', {}, m.title));
  var nav = explorerMirrorElement('nav', { 'aria-label': 'Views' });
  var tabs = explorerMirrorElement('ul');
  m.views.forEach(function (v) {
    var li = explorerMirrorElement('li');
    var b = explorerMirrorButton(v.label, 'view:' + v.name);
    if (v.current) b.setAttribute('aria-current', 'page');
    li.appendChild(b);
    tabs.appendChild(li);
  });
  nav.appendChild(tabs);
  main.appendChild(nav);

  var view = explorerMirrorElement('section', { 'aria-labelledby': 'a11y-view-heading' });
  view.appendChild(explorerMirrorElement('h2', { id: 'a11y-view-heading' }, m.heading));
  view.appendChild(explorerMirrorElement('p', {}, m.summary));
  if (m.filter.length) {
    var f = explorerMirrorElement('p', {}, 'Filter: ' + m.filter.join(', ') + '. ' + m.passing_events + ' of ' + m.events + ' events shown. ');
    f.appendChild(explorerMirrorButton('Clear the filter', 'filter:clear'));
    view.appendChild(f);
  }
  if (m.event) {
    var ev = explorerMirrorElement('section', { 'aria-labelledby': 'a11y-event-heading' });
    ev.appendChild(explorerMirrorElement('h3', { id: 'a11y-event-heading' }, 'Selected event: ' + m.event.type + ', ' + m.event.date));
    var dl = explorerMirrorElement('dl');
    [['Type', m.event.type], ['Date', m.event.date + (m.event.date_text ? ' ("' + m.event.date_text + '")' : '')],
     ['Actors', m.event.actors], ['Evidence', m.event.evidence], ['Article', m.event.document]].forEach(function (row) {
      dl.appendChild(explorerMirrorElement('dt', {}, row[0]));
      dl.appendChild(explorerMirrorElement('dd', {}, row[1]));
    });
    ev.appendChild(dl);
    view.appendChild(ev);
  }
  if (m.items.length) {
    var list = explorerMirrorElement('section', { 'aria-labelledby': 'a11y-items-heading' });
    list.appendChild(explorerMirrorElement('h3', { id: 'a11y-items-heading' }, m.items_label + ' (' + (m.items.length + m.items_more) + ')'));
    var ul = explorerMirrorElement('ul');
    m.items.forEach(function (item) {
      var li = explorerMirrorElement('li');
      li.appendChild(item.action ? explorerMirrorButton(item.text, item.action) : document.createTextNode(item.text));
      ul.appendChild(li);
    });
    if (m.items_more) ul.appendChild(explorerMirrorElement('li', {}, 'and ' + m.items_more + ' more'));
    list.appendChild(ul);
    view.appendChild(list);
  }
  main.appendChild(view);

  if (m.import.messages.length || m.import.note) {
    var report = explorerMirrorElement('section', { 'aria-labelledby': 'a11y-import-heading' });
    report.appendChild(explorerMirrorElement('h2', { id: 'a11y-import-heading' }, 'Import report'));
    if (m.import.note) report.appendChild(explorerMirrorElement('p', {}, m.import.note));
    var messages = explorerMirrorElement('ul');
    m.import.messages.forEach(function (text) { messages.appendChild(explorerMirrorElement('li', {}, text)); });
    report.appendChild(messages);
    main.appendChild(report);
  }

  if (m.reader) {
    var article = explorerMirrorElement('article', { 'aria-labelledby': 'a11y-reader-heading' });
    article.appendChild(explorerMirrorElement('h2', { id: 'a11y-reader-heading' }, 'Reader: ' + m.reader.title));
    if (m.reader_sheet) article.appendChild(explorerMirrorButton('Close the reader', 'reader:close'));
    article.appendChild(explorerMirrorElement('p', {}, m.reader.meta));
    if (m.reader.sentence) article.appendChild(explorerMirrorElement('p', {}, 'Highlighted sentence: ' + m.reader.sentence));
    m.reader.paragraphs.forEach(function (text) { article.appendChild(explorerMirrorElement('p', {}, text)); });
    if (m.reader.truncated) article.appendChild(explorerMirrorElement('p', {}, 'The article goes on; the rest is shown on screen.'));
    main.appendChild(article);
  }
  root.replaceChildren(main);
  if (m.announce) live.textContent = m.announce;
}

// Called by the program with its first frame (wasm/page_access.cpp).
function explorerAccessStart() {
  var coarse = window.matchMedia ? window.matchMedia('(pointer: coarse)') : null;
  var tell = function () { Module.ccall('explorer_set_touch', null, ['number'], [coarse && coarse.matches ? 1 : 0]); };
  if (coarse) {
    if (coarse.matches) tell();
    if (coarse.addEventListener) coarse.addEventListener('change', tell);
  }
}
