// SPDX-License-Identifier: Apache-2.0
// Start-up benchmark: time from exec() to the first rendered frame, and peak memory, of
// passerelle (showing its catalogue) beside a bare Qt Quick window, started alternately in
// the same run. Prints figures; asserts nothing.
//
//   bench_startup [--runs N] [--platform offscreen|xcb] [--installed N]
//
// --installed N first installs N copies of the bundled module (as packages would, under
// <data>/modules/<id>/1.0.0/) so that the catalogue holds N + 1 modules.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

struct Sample
{
    double ms = 0;
    double peakMiB = 0;
};

long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
}

// Starts `argv`, reads its stdout for "first frame at monotonic-ns <n>", waits for it.
bool runOnce(const std::vector<std::string> &args, Sample *sample, const char *style = nullptr)
{
    int fds[2];
    if (pipe(fds) != 0)
        return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    std::vector<char *> argv;
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);

    // The child's environment: ours, with the Qt Quick Controls style forced when asked.
    std::vector<std::string> envStrings;
    for (char **e = environ; *e; ++e) {
        if (std::strncmp(*e, "QT_QUICK_CONTROLS_STYLE=", 24) != 0)
            envStrings.emplace_back(*e);
    }
    if (style)
        envStrings.push_back(std::string("QT_QUICK_CONTROLS_STYLE=") + style);
    std::vector<char *> envp;
    for (std::string &e : envStrings)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    const long long start = monotonicNs();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (rc != 0) {
        std::fprintf(stderr, "cannot start %s: %s\n", argv[0], std::strerror(rc));
        close(fds[0]);
        return false;
    }
    std::string output;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0)
        output.append(buffer, static_cast<size_t>(n));
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const auto at = output.find("monotonic-ns ");
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || at == std::string::npos) {
        std::fprintf(stderr, "%s did not report a first frame (status %d)\n", argv[0], status);
        return false;
    }
    const long long frame = std::atoll(output.c_str() + at + 13);
    sample->ms = static_cast<double>(frame - start) / 1e6;
    sample->peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB
    return true;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5));
    return values[index];
}

void report(const char *name, const std::vector<Sample> &samples)
{
    std::vector<double> ms, mem;
    for (const Sample &s : samples) {
        ms.push_back(s.ms);
        mem.push_back(s.peakMiB);
    }
    std::printf("%-22s runs %2zu  first frame: median %7.1f ms  p90 %7.1f ms  min %7.1f ms   peak RSS: median %6.1f MiB  max %6.1f MiB\n",
                name, samples.size(), percentile(ms, 0.5), percentile(ms, 0.9), percentile(ms, 0.0),
                percentile(mem, 0.5), percentile(mem, 1.0));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 15;
    int installed = 0;
    std::string platform = "offscreen";
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--platform") == 0 && i + 1 < argc)
            platform = argv[++i];
        else if (std::strcmp(argv[i], "--installed") == 0 && i + 1 < argc)
            installed = std::max(0, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: bench_startup [--runs N] [--platform offscreen|xcb] [--installed N]\n");
            return 2;
        }
    }
    setenv("QT_QPA_PLATFORM", platform.c_str(), 1);

    const std::string binDir = QCoreApplication::applicationDirPath().toStdString();
    QTemporaryDir data;
    if (installed > 0) {
        QFile bundled(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/passerelle/modules/getting-started/module.json"));
        if (!bundled.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "the bundled module is missing: build first\n");
            return 1;
        }
        QJsonObject module = QJsonDocument::fromJson(bundled.readAll()).object();
        for (int i = 0; i < installed; ++i) {
            const QString id = QStringLiteral("bench-module-%1").arg(i, 3, 10, QLatin1Char('0'));
            module.insert(QStringLiteral("id"), id);
            const QString dir = data.filePath(QStringLiteral("modules/") + id + QStringLiteral("/1.0.0"));
            QDir().mkpath(dir);
            QFile file(dir + QStringLiteral("/module.json"));
            if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(module).toJson()) < 0)
                return 1;
        }
    }
    const std::vector<std::string> appArgs = {binDir + "/passerelle", "--data-dir", data.path().toStdString(),
                                              "--learner", "Benchmark", "--quit-after-first-frame"};
    const std::vector<std::string> bareArgs = {binDir + "/bench_bare_window"};

    // Warm-up: creates the database and the learner, and fills the page cache for both.
    Sample ignored;
    if (!runOnce(appArgs, &ignored) || !runOnce(bareArgs, &ignored))
        return 1;

    std::vector<Sample> appSamples, bareSamples, bareMaterialSamples;
    for (int i = 0; i < runs; ++i) {
        Sample s;
        if (!runOnce(bareArgs, &s))
            return 1;
        bareSamples.push_back(s);
        if (!runOnce(bareArgs, &s, "Material"))
            return 1;
        bareMaterialSamples.push_back(s);
        if (!runOnce(appArgs, &s))
            return 1;
        appSamples.push_back(s);
    }
    std::printf("Start-up to first frame, platform %s, %d alternating runs each, %d module(s) in the catalogue\n",
                platform.c_str(), runs, installed + 1);
    report("bare window, default", bareSamples);
    report("bare window, Material", bareMaterialSamples);
    report("passerelle catalogue", appSamples);
    auto median = [](const std::vector<Sample> &samples) {
        std::vector<double> ms;
        for (const Sample &s : samples)
            ms.push_back(s.ms);
        return percentile(ms, 0.5);
    };
    std::printf("ratio passerelle / bare window (medians): %.2fx against Qt's default style, %.2fx against the same "
                "style (Material)\n(targets: at most 1.3x; peak memory at most 120 MiB)\n",
                median(appSamples) / median(bareSamples), median(appSamples) / median(bareMaterialSamples));
    return 0;
}
