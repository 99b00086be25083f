#include "Measure.h"

#include <QFile>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

#include <sys/resource.h>

namespace casetrack::bench {

namespace {

// A "Name:   1234 kB" line of /proc/self/status, in MiB; 0 when absent.
double statusField(const char* name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

double round3(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0;
}

QJsonObject distribution(QList<double> samplesMs)
{
    if (samplesMs.isEmpty())
        return {};
    std::sort(samplesMs.begin(), samplesMs.end());
    const qsizetype p90 = std::min<qsizetype>(samplesMs.size() - 1, qsizetype(samplesMs.size() * 0.9));
    return {{QStringLiteral("median_ms"), round3(median(samplesMs))},
            {QStringLiteral("p90_ms"), round3(samplesMs[p90])},
            {QStringLiteral("min_ms"), round3(samplesMs.first())},
            {QStringLiteral("max_ms"), round3(samplesMs.last())},
            {QStringLiteral("samples"), int(samplesMs.size())}};
}

double peakRssMiB()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double currentRssMiB()
{
    return statusField("VmRSS");
}

bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

double phasePeakRssMiB()
{
    return statusField("VmHWM");
}

double processCpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().split(' ').value(0).toDouble();
}

} // namespace casetrack::bench
