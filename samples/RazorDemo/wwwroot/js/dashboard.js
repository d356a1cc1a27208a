// Draws the dashboard's charts from the JSON the page embeds; marks each canvas when it has drawn.
(function () {
  const data = JSON.parse(document.getElementById('dashboard-data').textContent);
  Chart.defaults.font.family = "'Vazirmatn', system-ui, sans-serif";
  const rtl = data.rtl;
  const legend = { rtl: rtl, position: 'bottom' };
  const palette = ['#198754', '#0d6efd', '#6f42c1', '#dc3545', '#fd7e14', '#20c997', '#6c757d'];

  function draw(id, config) {
    const canvas = document.getElementById(id);
    // The canvas fills its box (a fixed height, .chart-box): keeping an aspect ratio squashed the month chart to a
    // 30 px strip under its legend on a 390 px phone.
    config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false, locale: rtl ? 'fa-IR' : 'en-GB' }, config.options || {});
    config.options.plugins = Object.assign({ legend: legend }, config.options.plugins || {});
    new Chart(canvas, config);
    canvas.dataset.rendered = 'true';
  }

  draw('chart-ideas-by-month', {
    type: 'bar',
    data: {
      labels: data.ideasByMonth.labels,
      datasets: data.ideasByMonth.datasets.map((d, i) => ({ label: d.label, data: d.data, backgroundColor: palette[i % palette.length] }))
    },
    options: { scales: { x: { stacked: true, reverse: rtl }, y: { stacked: true, position: rtl ? 'right' : 'left' } } }
  });
  draw('chart-ideas-by-status', {
    type: 'doughnut',
    data: { labels: data.ideasByStatus.labels, datasets: [{ data: data.ideasByStatus.data, backgroundColor: palette }] }
  });
  draw('chart-coverage', {
    type: 'bar',
    data: {
      labels: data.coverage.labels,
      datasets: [
        { label: data.coverage.councilLabel, data: data.coverage.council, backgroundColor: palette[0] },
        { label: data.coverage.womenLabel, data: data.coverage.women, backgroundColor: palette[2] }
      ]
    },
    options: { scales: { x: { reverse: rtl }, y: { position: rtl ? 'right' : 'left' } } }
  });
  draw('chart-youth', {
    type: 'doughnut',
    data: { labels: data.youth.labels, datasets: [{ data: data.youth.data, backgroundColor: [palette[1], palette[3]] }] }
  });
})();
