#pragma once

#include "calendar/HolidayCalendar.h"
#include "procedure/ProcedureEngine.h"
#include "procedure/StepTable.h"
#include "util/DateText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <optional>

namespace casetrack::test {

// A case driven step by step through the engine, as the Session would: checkEvent, then append.
class ProcedureCase
{
public:
    explicit ProcedureCase(const QJsonObject& factsJson, EngineSettings settings = {})
        : settings(std::move(settings)), calendar(HolidayCalendar::builtin())
    {
        auto facts = CaseFacts::fromJson(factsJson);
        if (!facts.ok())
            qFatal("bad facts in test: %s", qPrintable(facts.error().message));
        record.id = QStringLiteral("C-1");
        record.facts = facts.value();
    }

    Event makeEvent(const QString& step, const QString& date, const QJsonObject& data) const
    {
        Event e;
        e.seq = int(record.events.size()) + 1;
        e.step = step;
        e.date = parseIsoDate(date);
        e.data = data;
        e.recordedBy = QStringLiteral("tester");
        e.recordedAt = QDateTime(e.date, QTime(9, 30));
        return e;
    }

    Error check(const QString& step, const QString& date, const QJsonObject& data = {},
                Role role = Role::Administrator) const
    {
        return checkEvent(record, makeEvent(step, date, data), role, calendar, settings);
    }

    // Checks and appends; returns the check's error (the event is appended only when Ok).
    Error add(const QString& step, const QString& date, const QJsonObject& data = {},
              Role role = Role::Administrator)
    {
        const Event e = makeEvent(step, date, data);
        const Error error = checkEvent(record, e, role, calendar, settings);
        if (!error.isError())
            record.events.append(e);
        return error;
    }

    // Appends a step the test's set-up needs accepted: a refusal fails the test here, with the
    // step and the reason (a set-up that silently stopped short would make later checks moot).
    void accept(const QString& step, const QString& date, const QJsonObject& data = {},
                Role role = Role::Administrator)
    {
        if (const Error error = add(step, date, data, role); error.isError())
            QTest::qFail(
                qPrintable(QStringLiteral("set-up step %1 on %2 refused: %3").arg(step, date, error.message)),
                __FILE__, __LINE__);
    }

    // The execution steps a decision with a sanction owes since revision 2 (personnel file,
    // personnel changes for removal_from_post and heavier, execution report), all on `date`.
    // Nothing when no decision is in force.
    Error addExecutionSteps(const QString& date)
    {
        const CaseState s = state(date);
        if (!s.decision || s.decision->sanction == Sanction::None)
            return Error::ok();
        QStringList steps{QStringLiteral("archived_to_personnel_file"), QStringLiteral("execution_reported")};
        if (sanctionSeverity(s.decision->sanction) >= RemovalFromPostSeverity)
            steps.insert(1, QStringLiteral("personnel_changes_completed"));
        for (const QString& step : steps) {
            if (const Error e = add(step, date); e.isError())
                return e;
        }
        return Error::ok();
    }

    CaseState state(const QString& asOf = QStringLiteral("2025-12-31")) const
    {
        return deriveState(record, calendar, settings, parseIsoDate(asOf));
    }

    // A copy, not a pointer into `s`: callers pass c.state(), a temporary that is gone by the
    // next line (AddressSanitizer found two such reads of freed memory).
    std::optional<NextStep> next(const CaseState& s, const QString& step) const
    {
        for (const NextStep& n : s.next) {
            if (stepDefinition(n.step).id == step)
                return n;
        }
        return std::nullopt;
    }

    CaseRecord record;
    EngineSettings settings;
    HolidayCalendar calendar;
};

inline QJsonObject facts(const QJsonObject& subjectExtra, const QJsonObject& topExtra = {})
{
    QJsonObject subject{{QStringLiteral("name"), QStringLiteral("张三")}};
    for (auto it = subjectExtra.begin(); it != subjectExtra.end(); ++it)
        subject.insert(it.key(), it.value());
    QJsonObject top{{QStringLiteral("subject"), subject}};
    for (auto it = topExtra.begin(); it != topExtra.end(); ++it)
        top.insert(it.key(), it.value());
    return top;
}

inline const QJsonObject grassrootsRoute{{QStringLiteral("decision_route"), QStringLiteral("grassroots")}};

inline QJsonObject sanction(const char* id)
{
    return {{QStringLiteral("sanction"), QLatin1String(id)}};
}

inline QJsonObject meeting(const char* id, int total, int present, int votes)
{
    QJsonObject o{{QStringLiteral("members_total"), total},
                  {QStringLiteral("members_present"), present},
                  {QStringLiteral("votes_for"), votes}};
    if (id)
        o.insert(QStringLiteral("sanction"), QLatin1String(id));
    return o;
}

} // namespace casetrack::test

// Asserts an Ok check, printing the refusal otherwise.
#define EXPECT_OK(expr)                                                                                      \
    do {                                                                                                     \
        const casetrack::Error e_ = (expr);                                                                  \
        if (e_.isError())                                                                                    \
            QFAIL(qPrintable(                                                                                \
                QStringLiteral("%1: %2 [%3]").arg(QLatin1String(#expr), e_.message, e_.article)));           \
    } while (false)

// Asserts a refusal (or invalid) with the given article.
#define EXPECT_REFUSED(expr, code_, article_)                                                                \
    do {                                                                                                     \
        const casetrack::Error e_ = (expr);                                                                  \
        QCOMPARE(e_.code, code_);                                                                            \
        QCOMPARE(e_.article, QStringLiteral(article_));                                                      \
        QVERIFY2(!e_.message.isEmpty(), #expr);                                                              \
    } while (false)
