// Keeps progress bars of unfinished jobs moving without reloading the page.
(function () {
  const base = document.querySelector('link[rel=stylesheet]').getAttribute('href').replace(/css\/juchu\.css.*$/, '');
  function refresh(row) {
    const id = row.dataset.jobId;
    fetch(base + 'jobs/' + id + '/progress', {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(r => r.ok ? r.json() : Promise.reject(r.status))
      .then(job => {
        row.querySelector('.job-progress').value = job.percent;
        row.querySelector('.job-count').textContent = job.processed + ' / ' + job.total;
        row.querySelector('.job-state').textContent = job.stateLabel;
        for (const key of ['imported', 'updated', 'duplicates', 'rejected']) {
          const cell = row.querySelector('.job-' + key);
          if (cell) cell.textContent = job[key];
        }
        const message = row.querySelector('.job-message');
        if (message && job.message) message.textContent = job.message;
        if (['SUCCEEDED', 'PARTIAL', 'FAILED'].includes(job.state)) {
          row.dataset.finished = 'true';
          row.dataset.state = job.state;
          if (row.id === 'job') setTimeout(() => location.reload(), 300);
        } else {
          setTimeout(() => refresh(row), 700);
        }
      })
      .catch(() => setTimeout(() => refresh(row), 3000));
  }
  document.querySelectorAll('[data-job-id][data-finished="false"]').forEach(refresh);
})();
