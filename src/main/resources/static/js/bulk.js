// 受注一覧の一括操作: select all on the page, the count of selected orders, and only the chosen action's parameters.
(function () {
  const form = document.getElementById('bulk-form');
  if (!form) return;
  const boxes = Array.from(document.querySelectorAll('input.order-select'));
  const all = document.getElementById('select-all');
  const count = document.getElementById('selected-count');
  const action = document.getElementById('bulk-action');

  function updateCount() {
    const selected = boxes.filter(b => b.checked).length;
    count.textContent = selected;
    if (all) {
      all.checked = boxes.length > 0 && selected === boxes.length;
      all.indeterminate = selected > 0 && selected < boxes.length;
    }
  }

  function showParameters() {
    form.querySelectorAll('[data-for]').forEach(group => {
      group.hidden = group.dataset.for !== action.value;
    });
  }

  if (all) {
    all.addEventListener('change', () => {
      boxes.forEach(b => { b.checked = all.checked; });
      updateCount();
    });
  }
  boxes.forEach(b => b.addEventListener('change', updateCount));
  action.addEventListener('change', showParameters);
  updateCount();
  showParameters();
})();
