(function () {
  "use strict";
  var doc = document;
  var state = { focused: [], active: [], unit: null };

  function all(selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); }
  function quote(value) { return window.CSS && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, "\\$&"); }

  function marksOf(key) {
    var q = quote(key);
    return all('.text [data-id="' + q + '"], .text [data-c="' + q + '"]');
  }

  function showTab(name) {
    all("[data-tab]").forEach(function (b) { b.classList.toggle("on", b.getAttribute("data-tab") === name); });
    all("[data-panel]").forEach(function (p) { p.hidden = p.getAttribute("data-panel") !== name; });
  }

  function focus(key, fromText) {
    state.focused.forEach(function (el) { el.classList.remove("focus", "flash"); });
    state.active.forEach(function (el) { el.classList.remove("active"); });
    var marks = marksOf(key);
    if (!marks.length) {
      var line = doc.getElementById(key);
      if (line) { line.scrollIntoView({ block: "center" }); }
      return;
    }
    marks.forEach(function (el) { el.classList.add("focus", "flash"); });
    state.focused = marks;
    if (!fromText) {
      var seen = [];
      marks.forEach(function (el) {
        var pane = el.closest(".pane");
        if (seen.indexOf(pane) < 0) { seen.push(pane); el.scrollIntoView({ block: "center" }); }
      });
    }
    var q = quote(key);
    state.active = all('.side [data-goto="' + q + '"]').filter(function (el) { return !el.classList.contains("chip"); });
    state.active.forEach(function (el) {
      el.classList.add("active");
      var panel = el.closest("[data-panel]");
      if (panel && panel.hidden) { showTab(panel.getAttribute("data-panel")); }
      el.scrollIntoView({ block: "nearest" });
    });
  }

  function go(key, fromText) {
    if (("#" + key) === location.hash) { focus(key, fromText); return; }
    if (history.replaceState) { history.replaceState(null, "", "#" + key); focus(key, fromText); }
    else { location.hash = key; }
  }

  var index = null;  // built on the first filter: unit → its task items, text tasks and marks

  function push(map, key, value) { (map[key] = map[key] || []).push(value); }

  function buildIndex() {
    var items = {}, tasks = {}, marks = {}, textTasks = {};
    all('.text [data-kind="task"]').forEach(function (el) { push(textTasks, el.getAttribute("data-id"), el); });
    all(".task-item").forEach(function (li) {
      var id = li.getAttribute("data-task"), seen = {};
      all("[data-filter]", li).forEach(function (chip) {
        var unit = chip.getAttribute("data-filter");
        push(marks, unit, chip);
        if (!seen[unit]) { seen[unit] = true; push(items, unit, li); push(tasks, unit, id); }
      });
    });
    all(".text [data-unit]").forEach(function (el) { push(marks, el.getAttribute("data-unit"), el); });
    return { items: items, tasks: tasks, marks: marks, textTasks: textTasks };
  }

  function mark(unit, on) {
    (index.items[unit] || []).forEach(function (li) { li.classList.toggle("on", on); });
    (index.marks[unit] || []).forEach(function (el) { el.classList.toggle("hit", on); });
    (index.tasks[unit] || []).forEach(function (id) {
      (index.textTasks[id] || []).forEach(function (el) { el.classList.toggle("on", on); });
    });
    all('.unit-row[data-filter="' + quote(unit) + '"]').forEach(function (el) { el.classList.toggle("on", on); });
  }

  function setFilter(unit, fromText) {
    var box = doc.getElementById("filter");
    if (!box) { return; }
    index = index || buildIndex();
    if (state.unit) { mark(state.unit, false); }
    state.unit = unit;
    if (unit) { mark(unit, true); }
    doc.body.classList.toggle("filtering", !!unit);
    box.hidden = !unit;
    if (unit) {
      doc.getElementById("filter-name").textContent = unit;
      doc.getElementById("filter-count").textContent = (index.tasks[unit] || []).length + " 项任务";
      showTab("tasks");
      var first = (index.tasks[unit] || [])[0];
      if (first && index.textTasks[first] && !fromText) { index.textTasks[first][0].scrollIntoView({ block: "center" }); }
    }
  }

  doc.addEventListener("click", function (event) {
    var target = event.target;
    var tab = target.closest("[data-tab]");
    if (tab) { showTab(tab.getAttribute("data-tab")); return; }
    if (target.closest("#filter-clear")) { setFilter(null); return; }
    var filter = target.closest("[data-filter]");
    if (filter) { event.stopPropagation(); setFilter(filter.getAttribute("data-filter") === state.unit ? null : filter.getAttribute("data-filter")); return; }
    var goto = target.closest("[data-goto]");
    if (goto) { go(goto.getAttribute("data-goto"), false); return; }
    var unit = target.closest(".text [data-unit]");
    if (unit && doc.getElementById("filter")) { setFilter(unit.getAttribute("data-unit") === state.unit ? null : unit.getAttribute("data-unit"), true); return; }
    var mark = target.closest('.text [data-kind="task"], .text [data-c]');
    if (mark) { go(mark.getAttribute("data-c") || mark.getAttribute("data-id"), true); }
  });
  doc.addEventListener("keydown", function (event) { if (event.key === "Escape") { setFilter(null); } });
  window.addEventListener("hashchange", function () { focus(decodeURIComponent(location.hash.slice(1)), false); });
  function focusHash() { if (location.hash.length > 1) { focus(decodeURIComponent(location.hash.slice(1)), false); } }
  focusHash();
  window.addEventListener("load", function () {
    focusHash();  // again, after the browser's own jump to the anchor
    setTimeout(function () { if (doc.getElementById("filter")) { index = index || buildIndex(); } }, 100);
  });
  doc.documentElement.setAttribute("data-ready", "1");
}());
