#pragma once

#include <QString>
#include <QStringList>

namespace casetrack {

// How hard a new password is to guess, estimated by zxcvbn (libzxcvbn, the estimator KeePassXC
// uses): it finds dictionary words, names, keyboard walks, sequences, repeats and dates, so
// "12345678" and "password1" score 0 however long they look. The service layer refuses a
// password below kMinimumPasswordScore wherever one is set (docs/security.md).
struct PasswordAssessment
{
    int score = 0;           // 0..4 as in zxcvbn: guesses < 10^3, 10^6, 10^8, 10^10, more
    double guessesLog10 = 0; // the estimate itself
    bool acceptable = false; // score >= kMinimumPasswordScore
    QString reason;          // translated; why it is weak and what to do (empty when acceptable)
};

// 10^8 guesses: with Argon2id key slots (about a second per guess) years of guessing. See
// docs/security.md for the choice.
constexpr int kMinimumPasswordScore = 3;

// `userInputs`: words a guesser would try first (the user name, the organisation).
PasswordAssessment assessPassword(const QString& password, const QStringList& userInputs = {});

} // namespace casetrack
