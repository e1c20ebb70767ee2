/**
 * The page's own script: reads the chart data inlined as JSON and draws each chart with the bundled
 * Chart.js. No animation and fixed sizes, so a headless browser or the printer gets finished charts.
 * Plain ES5-style JavaScript as text; the browser runs it, not Node.
 */
export const CLIENT_SCRIPT = `(function () {
  'use strict';
  var DIGITS = { count: 0, per10000: 1, share: 1, days: 1, hours: 1, euro: 0 };
  function formatter(unit) {
    var number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: unit in DIGITS ? DIGITS[unit] : 1 });
    var exact = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: unit === 'euro' ? 2 : 0, maximumFractionDigits: unit === 'euro' ? 2 : (unit in DIGITS ? DIGITS[unit] : 1) });
    function withUnit(text) { return unit === 'euro' ? '\\u20ac\\u00a0' + text : unit === 'share' ? text + '%' : text; }
    return { tick: function (v) { return withUnit(number.format(v)); }, value: function (v) { return withUnit(exact.format(v)); } };
  }
  var source = document.getElementById('report-charts');
  var specs = JSON.parse(source ? source.textContent : '[]');
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  Chart.defaults.color = '#222';
  var drawn = 0;
  specs.forEach(function (spec) {
    var canvas = document.getElementById(spec.canvasId);
    if (!canvas) return;
    var format = formatter(spec.unit);
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (d) {
          var dataset = {
            label: d.label, data: d.data, borderColor: d.color, backgroundColor: d.color,
            borderDash: d.dashed ? [6, 4] : [], borderWidth: 2, pointRadius: d.line ? 0 : 3,
            spanGaps: false, order: d.line ? 0 : 1
          };
          if (d.line) dataset.type = 'line';
          return dataset;
        })
      },
      options: {
        responsive: false, animation: false, devicePixelRatio: 2,
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { label: function (ctx) { return ctx.dataset.label + ': ' + format.value(ctx.raw); } } }
        },
        scales: { y: { beginAtZero: true, max: spec.max, ticks: { callback: function (v) { return format.tick(v); } } } }
      }
    });
    drawn += 1;
  });
  document.documentElement.setAttribute('data-charts-drawn', String(drawn));
})();
`;
