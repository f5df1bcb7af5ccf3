// 出荷画面: 「すべて選択」 toggles every order checkbox of the export list.
document.getElementById('select-all')?.addEventListener('change', e => {
  document.querySelectorAll('input[name=orderIds]').forEach(box => { box.checked = e.target.checked; });
});
