// The PLN studio page: sends the form on every change, shows problems at their fields, the map and assessment.
// Plain JavaScript, no inline handlers (the page's Content-Security-Policy forbids inline script).
(function () {
  'use strict';
  var version = document.body.dataset.version;
  var timer = null;
  var seq = 0;
  var shown = 0;
  var lastGood = null;
  var nextId = 1000;
  var mapUrl = null;
  var edited = false;   // the form was changed since the file was opened
  var leftOut = false;
  var unsaved = false;  // the page has changes the file does not have: leaving it asks first
  var changes = 0;      // changes made on the page, to tell whether a save holds the latest
  var downloading = false;  // a download is a form post the browser treats as leaving the page
  var errors = 0;        // errors the last check found: downloads wait until there are none
  var note = '';        // what the last action did, said with the next check's result  // the teacher chose to save without the workbook's rows that could not be read

  function $(id) { return document.getElementById(id); }

  function status(text, bad) {
    var s = $('status');
    s.textContent = text;
    s.className = bad ? 'bad' : '';
  }

  function value(el) { return (el.value || '').trim(); }

  // a count in words: "1 error", "2 errors"
  function count(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  // the fields of the file the form does not show, carried as they were (JSON text in a data attribute)
  function extra(text, into) {
    if (text) { into._extra = JSON.parse(text); }
  }

  // The form as the draft the server reads: every value as typed, and the fields the form does not show.
  function draft() {
    var d = { participant: {}, connections: [], links: [] };
    document.querySelectorAll('[data-key^="participant."]').forEach(function (el) {
      var v = value(el);
      if (v) { d.participant[el.dataset.key.substring(12)] = v; }
    });
    var extras = $('extras');
    if (extras) {
      extra(extras.dataset.participant, d.participant);
      extra(extras.dataset.top, d);
    }
    document.querySelectorAll('#connections .connection').forEach(function (row) {
      var c = {};
      row.querySelectorAll('[data-f]').forEach(function (el) { var v = value(el); if (v) { c[el.dataset.f] = v; } });
      extra(row.dataset.extra, c);
      d.connections.push(c);
    });
    document.querySelectorAll('#links .link').forEach(function (row) {
      var l = {};
      row.querySelectorAll('[data-f]').forEach(function (el) { var v = value(el); if (v) { l[el.dataset.f] = v; } });
      extra(row.dataset.extra, l);
      d.links.push(l);
    });
    return d;
  }

  // the problems of the file just opened, listed with its own lines: a participant file's go at the first change
  // (the form's are then named by connection and field); a workbook's unread rows stay
  function fileProblems() {
    var box = $('file-problems-box');
    if (box && box.dataset.keep !== 'true' && edited) { box.remove(); return null; }
    return box;
  }

  // the workbook's rows that could not be read (not on the page), unless the teacher chose to leave them out
  function unread() {
    var box = $('file-problems-box');
    return box && box.dataset.keep === 'true' && !leftOut ? parseInt(box.dataset.unread || '0', 10) : 0;
  }

  function post(url, body, type) {
    return fetch(url, { method: 'POST', headers: { 'Content-Type': type || 'application/json' }, body: body,
      credentials: 'same-origin' });
  }

  function fieldFor(key) {
    var parts = key.split('.');
    if (parts[0] === 'participant') { return $('p-' + parts[1]); }
    var rows = document.querySelectorAll(parts[0] === 'links' ? '#links .link' : '#connections .connection');
    var row = rows[parseInt(parts[1], 10)];
    if (!row) { return null; }
    return parts.length > 2 ? row.querySelector('[data-f="' + parts[2] + '"]') : null;
  }

  function showProblems(problems) {
    document.querySelectorAll('.err').forEach(function (e) { e.textContent = ''; });
    document.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    var list = $('problems');
    list.textContent = '';
    var general = 0;
    var box = fileProblems();
    // a file just opened: its problems are listed with its own lines (above); the form's stay at their fields
    var fileFirst = box && box.dataset.keep !== 'true';
    problems.forEach(function (p) {
      var el = p.key ? fieldFor(p.key) : null;
      if (el) {
        var err = $(el.id + '-err');
        err.textContent = (err.textContent ? err.textContent + ' ' : '') + p.message;
        if (p.severity === 'error') { el.setAttribute('aria-invalid', 'true'); }
      } else if (!fileFirst) {
        var li = document.createElement('li');
        li.className = p.severity;
        li.textContent = p.text;
        list.appendChild(li);
        general++;
      }
    });
    $('problems-box').hidden = general === 0 && !$('raw') && !box;
  }

  // each category's help, whose examples follow my role, school and topics
  function showCategoryHelp(helps) {
    if (!helps) { return; }
    document.querySelectorAll('select[data-f="category"]').forEach(function (sel) {
      Array.prototype.forEach.call(sel.options, function (o) { if (helps[o.value]) { o.dataset.help = helps[o.value]; } });
      categoryHelp(sel);
    });
    var t = $('connection-template');
    if (t) {
      t.content.querySelectorAll('select[data-f="category"] option').forEach(function (o) {
        if (helps[o.value]) { o.dataset.help = helps[o.value]; }
      });
    }
  }

  // the printed page: me and my connections as a table (built from the form with text only, never HTML)
  function printSummary() {
    var box = $('print-pln');
    if (!box) { return; }
    box.textContent = '';
    function el(tag, text, parent) {
      var e = document.createElement(tag);
      if (text !== undefined && text !== null) { e.textContent = text; }
      (parent || box).appendChild(e);
      return e;
    }
    function shown(control) {
      if (!control) { return ''; }
      if (control.tagName === 'SELECT') {
        var o = control.options[control.selectedIndex];
        return o && o.value ? o.textContent : '';
      }
      return value(control);
    }
    var me = [];
    ['name', 'role', 'school'].forEach(function (f) { var v = shown($('p-' + f)); if (v) { me.push(v); } });
    el('h2', 'My PLN' + (me.length ? ': ' + me.join(', ') : ''));
    var facts = [];
    [['topics', 'Topics I keep up with'], ['organizer', 'Organizer'], ['as_of', 'Date']].forEach(function (f) {
      var v = shown($('p-' + f[0]));
      if (v) { facts.push(f[1] + ': ' + v); }
    });
    if (facts.length) { el('p', facts.join('. ') + '.'); }
    var cols = [['name', 'Name'], ['category', 'Category'], ['kind', 'Kind'], ['frequency', 'How often'],
      ['value', 'Value'], ['gives_back', 'I give back'], ['participation', 'My participation'],
      ['topics', 'Topics'], ['last_contact', 'Last contact'], ['url', 'Web address']];
    var rows = document.querySelectorAll('#connections .connection');
    el('h3', 'My connections (' + rows.length + ')');
    var table = el('table');
    var head = el('tr', null, el('thead', null, table));
    cols.forEach(function (c) { el('th', c[1], head).scope = 'col'; });
    var body = el('tbody', null, table);
    rows.forEach(function (row) {
      var tr = el('tr', null, body);
      cols.forEach(function (c) { el('td', shown(row.querySelector('[data-f="' + c[0] + '"]')), tr); });
    });
    var links = document.querySelectorAll('#links .link');
    if (links.length) {
      el('h3', 'Who knows whom');
      var ul = el('ul');
      links.forEach(function (l) {
        el('li', shown(l.querySelector('[data-f="from"]')) + ' knows ' + shown(l.querySelector('[data-f="to"]')), ul);
      });
    }
  }

  function showResult(r) {
    printSummary();
    showProblems(r.problems);
    showCategoryHelp(r.categoryHelp);
    var ids = $('connection-ids');
    ids.textContent = '';
    r.ids.forEach(function (id) { var o = document.createElement('option'); o.value = id; ids.appendChild(o); });
    // each card's id as links name it (the answer is to the form as it was sent: only when the cards still match)
    var cards = document.querySelectorAll('#connections .connection');
    if (r.connectionIds && r.connectionIds.length === cards.length) {
      cards.forEach(function (row, i) { row.dataset.cid = r.connectionIds[i]; });
    }
    if (r.svg) {
      if (mapUrl) { URL.revokeObjectURL(mapUrl); }
      mapUrl = URL.createObjectURL(new Blob([r.svg], { type: 'image/svg+xml' }));
      var img = $('map');
      img.src = mapUrl;
      img.alt = r.alt;
      $('map-alt').textContent = r.alt;
      $('map-legend').innerHTML = r.legend; // built by the server from escaped text
      $('assessment').innerHTML = r.assessment; // built by the server from escaped text
      lastGood = r;
    }
    $('stale').hidden = r.valid || !lastGood;
    document.body.dataset.state = r.valid ? 'valid' : 'invalid';
    errors = r.valid ? 0 : r.errors;
    status((note ? note + ' ' : '') + (r.valid ? (r.warnings ? 'Checked: no errors, ' + count(r.warnings, 'warning', 'warnings') + '.'
      : 'Checked: no problems.') : 'Checked: ' + count(r.errors, 'error', 'errors') + ' to fix, marked in red.'), !r.valid);
    note = '';
  }

  function update() {
    var mine = ++seq;
    document.body.dataset.busy = 'true';
    post('/studio/update', JSON.stringify(draft())).then(function (res) { return res.json(); }).then(function (r) {
      if (mine < shown) { return; }
      shown = mine;
      showResult(r);
      if (mine === seq) { document.body.dataset.busy = 'false'; }
    }).catch(function (e) { status('Could not check the change: ' + e, true); });
  }

  function changed() {
    edited = true;
    unsaved = true;
    changes++;
    document.body.dataset.busy = 'true';
    status('Checking…');
    clearTimeout(timer);
    timer = setTimeout(update, 200);
  }

  function renumber() {
    document.querySelectorAll('#connections .connection').forEach(function (row, i) {
      row.querySelector('.num').textContent = String(i + 1);
      var name = value(row.querySelector('[data-f="name"]'));
      row.querySelector('.who').textContent = name ? ': ' + name : '';
      row.querySelector('.remove').setAttribute('aria-label', 'Remove connection ' + (i + 1) + (name ? ' ' + name : ''));
    });
    document.querySelectorAll('#links .link').forEach(function (row, i) {
      row.querySelector('.num').textContent = String(i + 1);
      row.querySelector('.remove').setAttribute('aria-label', 'Remove link ' + (i + 1));
    });
  }

  function addFrom(templateId, containerId, prefix) {
    var html = $(templateId).innerHTML.split('__N__').join(prefix + (nextId++));
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var row = holder.firstElementChild;
    $(containerId).appendChild(row);
    renumber();
    row.querySelector('input, select').focus();
    changed();
  }

  // removing a connection removes the links that name it (else the file would not validate); says what went
  function removeLinksOf(row) {
    var typed = value(row.querySelector('[data-f="id"]'));
    var id = typed || row.dataset.cid || '';
    var name = value(row.querySelector('[data-f="name"]')) || id || 'the connection';
    var removed = [];
    if (id) {
      document.querySelectorAll('#links .link').forEach(function (l) {
        var from = value(l.querySelector('[data-f="from"]'));
        var to = value(l.querySelector('[data-f="to"]'));
        if (from === id || to === id) { removed.push(from + ' \u2013 ' + to); l.remove(); }
      });
    }
    return 'Removed ' + name + (removed.length ? ' and ' + (removed.length === 1 ? 'its link' : 'its '
      + removed.length + ' links') + ' (' + removed.join(', ') + ')' : '') + '.';
  }

  function categoryHelp(select) {
    var help = $(select.id + '-help');
    var o = select.options[select.selectedIndex];
    if (help) { help.textContent = o && o.dataset.help ? o.dataset.help : 'Choose where this source belongs.'; }
  }

  function save(force) {
    status('Saving…');
    var sent = changes;
    var b0 = $('save');
    var body = { version: version, force: !!force, draft: draft(), unread: unread(),
      leaveOut: b0.dataset.leaveOut === 'true' };
    post('/studio/save', JSON.stringify(body)).then(function (res) {
      return res.json().then(function (r) { return { code: res.status, r: r }; });
    }).then(function (x) {
      if (x.code === 422 && x.r.problems) {
        // not written: the file would not be one pln validate accepts
        showProblems(x.r.problems);
        status(x.r.error, true);
        return;
      }
      if (x.code === 409 && x.r.unread) {
        status(x.r.error, true);
        b0.dataset.leaveOut = 'true';
        b0.textContent = 'Save without what could not be read';
        return;
      }
      if (x.code === 409) {
        status(x.r.error, true);
        var b = $('save');
        b.dataset.force = 'true';
        b.textContent = 'Replace the other version';
        return;
      }
      if (x.code !== 200) { status('Not saved: ' + (x.r.error || x.code), true); return; }
      version = x.r.version;
      document.body.dataset.version = version;
      unsaved = changes !== sent;   // a change typed while saving is not in the file yet
      var b2 = $('save');
      if (b2.dataset.leaveOut === 'true') { leftOut = true; }
      delete b2.dataset.force;
      delete b2.dataset.leaveOut;
      b2.textContent = b2.dataset.label;
      status('Saved ' + x.r.saved + (x.r.backup ? ' (the previous version is kept as ' + x.r.backup + ')' : '')
        + (x.r.errors ? '; it still has ' + count(x.r.errors, 'error', 'errors') : '') + '.', x.r.errors > 0);
    }).catch(function (e) { status('Not saved: ' + e, true); });
  }

  // a workbook with several participants: which one to open
  function offerChoice(r) {
    var box = $('choose-box');
    var sel = $('choose-participant');
    sel.textContent = '';
    r.choose.forEach(function (p) {
      var o = document.createElement('option');
      o.value = p.id;
      o.textContent = (p.name && p.name !== p.id ? p.name + ' (' + p.id + ')' : p.id) + ', ' + p.connections
        + (p.connections === 1 ? ' connection' : ' connections');
      sel.appendChild(o);
    });
    $('choose-label').textContent = r.opened + ' holds ' + r.choose.length + ' participants: which one do you open?';
    box.hidden = false;
    sel.focus();
    status(r.opened + ' holds ' + r.choose.length + ' participants: choose one.');
  }

  function upload(ev, participant) {
    if (ev) { ev.preventDefault(); }
    var f = $('upload-file').files[0];
    if (!f) { status('Choose a file to open first.', true); return; }
    status('Opening ' + f.name + '…');
    fetch('/studio/upload?name=' + encodeURIComponent(f.name)
      + (participant ? '&participant=' + encodeURIComponent(participant) : ''), { method: 'POST', body: f,
      headers: { 'Content-Type': 'application/octet-stream' } }).then(function (res) {
      return res.json().then(function (r) { return { code: res.status, r: r }; });
    }).then(function (x) {
      if (x.code !== 200) { status('Could not open ' + f.name + ': ' + x.r.error, true); return; }
      if (x.r.choose) { offerChoice(x.r); return; }
      $('choose-box').hidden = true;
      $('editor').innerHTML = x.r.editor;
      edited = false;
      unsaved = true;   // on the page, not yet in the file
      leftOut = false;
      var b3 = $('save');
      delete b3.dataset.leaveOut;
      b3.textContent = b3.dataset.label;
      renumber();
      showResult(x.r);
      if (x.r.unread) {
        status('Opened ' + x.r.opened + ': ' + x.r.unread + (x.r.unread === 1 ? ' error' : ' errors')
          + ' in rows that could not be read (listed under Problems).', true);
      } else if (!x.r.problems.length || x.r.valid) {
        status('Opened ' + x.r.opened + ' on the page; save to keep it in the file.');
      }
    }).catch(function (e) { status('Could not open the file: ' + e, true); });
  }

  /** The map enlarged in its frame (scrolled to me, at the centre) or whole. */
  function zoomMap(on) {
    var frame = $('map-frame');
    var button = $('map-zoom');
    frame.classList.toggle('zoomed', on);
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.textContent = on ? 'Show the whole map' : 'Enlarge the map';
    if (on) {
      frame.scrollLeft = (frame.scrollWidth - frame.clientWidth) / 2;
      frame.scrollTop = (frame.scrollHeight - frame.clientHeight) / 2;
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = $('studio');
    form.addEventListener('input', changed);
    form.addEventListener('change', function (ev) {
      if (ev.target.dataset.f === 'category') { categoryHelp(ev.target); }
      if (ev.target.dataset.f === 'name') { renumber(); }
      // a text box already sent its 'input' events; its 'change' on leaving it would only check again
      if (ev.target.tagName === 'SELECT') { changed(); }
    });
    form.addEventListener('submit', function (ev) { ev.preventDefault(); });
    form.addEventListener('click', function (ev) {
      var t = ev.target;
      if (t.id === 'add-connection') { addFrom('connection-template', 'connections', 'n'); }
      else if (t.id === 'add-link') { addFrom('link-template', 'links', 'k'); }
      else if (t.classList.contains('remove')) {
        var row = t.closest('.connection, .link');
        var next = row.nextElementSibling || row.previousElementSibling;
        var gone = row.classList.contains('connection') ? removeLinksOf(row) : null;
        row.remove();
        renumber();
        (next ? next.querySelector('input, select') : $(row.classList.contains('link') ? 'add-link' : 'add-connection')).focus();
        note = gone || '';
        changed();
      }
    });
    var saveButton = $('save');
    saveButton.dataset.label = saveButton.textContent;
    saveButton.addEventListener('click', function () { save(saveButton.dataset.force === 'true'); });
    document.addEventListener('keydown', function (ev) {
      if ((ev.ctrlKey || ev.metaKey) && ev.key === 's') { ev.preventDefault(); save(saveButton.dataset.force === 'true'); }
    });
    $('downloads').addEventListener('submit', function (ev) {
      // a download of a PLN with errors would leave the page for "Fix the problems first", and with it what is not
      // saved yet: say it here instead
      if (errors || document.body.dataset.busy === 'true') {
        ev.preventDefault();
        status(errors ? 'Not downloaded: ' + count(errors, 'error', 'errors') + ' to fix first, marked in red; the'
          + ' downloads are made from a PLN without errors.' : 'Checking the last change: download again in a moment.',
          errors > 0);
        return;
      }
      $('download-draft').value = JSON.stringify(draft());
      downloading = true;
      setTimeout(function () { downloading = false; }, 1000);
    });
    window.addEventListener('beforeunload', function (ev) {
      if (unsaved && !downloading) { ev.preventDefault(); ev.returnValue = ''; }
    });
    window.addEventListener('beforeprint', printSummary);
    $('upload').addEventListener('submit', function (ev) { upload(ev); });
    if ($('starter-role')) {
      // a new file's first question: the studio writes the example again for that role, then the page shows it
      $('starter-role').addEventListener('submit', function (ev) {
        ev.preventDefault();
        var say = $('starter-status');
        if (unsaved) {
          say.textContent = 'You have changes on this page: the example is left as it is. Save them, or reload to'
            + ' start again.';
          return;
        }
        say.textContent = 'Making the example\u2026';
        post('/studio/starter', JSON.stringify({ role: $('starter-role-text').value })).then(function (r) {
          return r.json().then(function (o) {
            if (r.ok) { window.location.reload(); } else { say.textContent = o.error || 'Not changed.'; }
          });
        }).catch(function () { say.textContent = 'The studio did not answer: is it still running?'; });
      });
    }
    $('choose-button').addEventListener('click', function () { upload(null, $('choose-participant').value); });
    $('upload-file').addEventListener('change', function () { $('choose-box').hidden = true; });
    $('map-zoom').addEventListener('click', function () { zoomMap($('map-zoom').getAttribute('aria-pressed') !== 'true'); });
    // a phone: the map enlarged from the start, its names readable (a laptop's column shows it whole)
    zoomMap($('map-frame').clientWidth < 500);
    // the first map drawn replaces a blank picture: centre it once; later maps keep where the teacher scrolled to
    var centred = false;
    $('map').addEventListener('load', function () {
      if (!centred && mapUrl && $('map-frame').classList.contains('zoomed')) { centred = true; zoomMap(true); }
    });
    update();
  });
}());
