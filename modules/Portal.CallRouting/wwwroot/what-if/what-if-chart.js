// Draws the what-if charts from the JSON the page carries (#what-if-chart-data). Each queue's chart shows, per plan
// version, the simulated share answered within 10 s (solid) and Erlang C's (dashed), and on 999 queues the 90% target
// in red. The tables under each chart hold the same figures, so without this script nothing is lost.
(function () {
    'use strict';
    var source = document.getElementById('what-if-chart-data');
    if (!source || typeof window.Chart === 'undefined') {
        return;
    }

    var data = JSON.parse(source.textContent);
    var colours = ['#1d70b8', '#f47738', '#00703c', '#912b88'];

    data.queues.forEach(function (queue) {
        var canvas = document.getElementById('what-if-chart-' + queue.index);
        if (!canvas) {
            return;
        }

        var versionColour = {};
        var datasets = queue.series.map(function (series) {
            var version = series.label.split(':')[0];
            if (!(version in versionColour)) {
                versionColour[version] = colours[Object.keys(versionColour).length % colours.length];
            }

            return {
                label: series.label,
                data: series.values,
                borderColor: versionColour[version],
                backgroundColor: versionColour[version],
                borderDash: series.dashed ? [6, 4] : [],
                borderWidth: series.dashed ? 1.5 : 2.5,
                pointRadius: 0,
                spanGaps: false
            };
        });

        if (queue.emergency) {
            datasets.push({
                label: '999 target: ' + data.targetPercent + '% within 10 s',
                data: queue.labels.map(function () { return data.targetPercent; }),
                borderColor: '#d4351c',
                backgroundColor: '#d4351c',
                borderDash: [2, 2],
                borderWidth: 2,
                pointRadius: 0
            });
        }

        canvas.parentElement.hidden = false;
        new window.Chart(canvas, {
            type: 'line',
            data: { labels: queue.labels, datasets: datasets },
            options: {
                animation: false,
                interaction: { mode: 'index', intersect: false },
                scales: {
                    y: { min: 0, max: 100, title: { display: true, text: '% answered within 10 s' } },
                    x: { title: { display: true, text: 'Half hour starting' } }
                }
            }
        });
    });
})();
