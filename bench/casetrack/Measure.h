#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>

namespace casetrack::bench {

// Seconds since construction, from the monotonic clock.
class Stopwatch
{
public:
    Stopwatch() { m_timer.start(); }
    double seconds() const { return double(m_timer.nsecsElapsed()) / 1e9; }
    double milliseconds() const { return double(m_timer.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_timer;
};

// Median, 90th percentile, minimum and maximum of samples in milliseconds.
QJsonObject distribution(QList<double> samplesMs);
double median(QList<double> samples);

// Peak resident set size of the process so far (getrusage ru_maxrss), in MiB.
double peakRssMiB();
// Current resident set size (VmRSS), in MiB.
double currentRssMiB();
// Resets the kernel's peak (VmHWM) so the next phase's peak can be read alone; false if the
// kernel refuses (then phase peaks are the process peak).
bool resetPeakRss();
// VmHWM, in MiB: the peak since the last reset.
double phasePeakRssMiB();

// CPU seconds (user + system) the process has used so far, all threads together. On a machine
// shared with other work, wall time alone cannot tell whether two threads contend (more CPU than
// one thread for the same work) or merely wait for a core.
double processCpuSeconds();
// The 1-minute load average (/proc/loadavg), 0 when unavailable.
double loadAverage();

// Rounded for printing: figures are not more precise than this.
double round3(double value);

} // namespace casetrack::bench
