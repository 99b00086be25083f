#include "accounts/PasswordPolicy.h"

#include <QCoreApplication>

#include <cmath>
#include <vector>

#include <zxcvbn.h>

namespace casetrack {

namespace {
struct PasswordTr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
};

int scoreOf(double log10Guesses)
{
    if (log10Guesses < 3)
        return 0;
    if (log10Guesses < 6)
        return 1;
    if (log10Guesses < 8)
        return 2;
    if (log10Guesses < 10)
        return 3;
    return 4;
}

// The weakest kind of pattern zxcvbn found, said in words.
QString patternText(ZxcTypeMatch_t type)
{
    switch (int(type) & ~int(MULTIPLE_MATCH)) {
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH:
        return PasswordTr::tr("含有常用密码或常见单词");
    case USER_MATCH:
    case USER_LEET_MATCH:
        return PasswordTr::tr("含有用户名或单位名称");
    case REPEATS_MATCH:
        return PasswordTr::tr("含有重复的字符");
    case SEQUENCE_MATCH:
        return PasswordTr::tr("含有连续的字符，如 12345 或 abcde");
    case SPATIAL_MATCH:
        return PasswordTr::tr("含有键盘上相邻的键，如 qwerty");
    case DATE_MATCH:
    case YEAR_MATCH:
        return PasswordTr::tr("含有日期或年份");
    default:
        return {};
    }
}
} // namespace

PasswordAssessment assessPassword(const QString& password, const QStringList& userInputs)
{
    PasswordAssessment result;
    if (password.isEmpty()) {
        result.reason = PasswordTr::tr("密码不能为空。");
        return result;
    }
    const QByteArray utf8 = password.toUtf8();
    QList<QByteArray> words;
    std::vector<const char*> dictionary;
    for (const QString& input : userInputs)
        if (!input.trimmed().isEmpty())
            words.append(input.trimmed().toUtf8());
    for (const QByteArray& w : words)
        dictionary.push_back(w.constData());
    dictionary.push_back(nullptr);

    ZxcMatch_t* matches = nullptr;
    const double bits = ZxcvbnMatch(utf8.constData(), dictionary.data(), &matches);
    // The match that explains the most of the password is the one to name.
    ZxcTypeMatch_t weakest = NON_MATCH;
    int longest = 0;
    for (const ZxcMatch_t* m = matches; m; m = m->Next) {
        if ((int(m->Type) & ~int(MULTIPLE_MATCH)) != BRUTE_MATCH && m->Length > longest) {
            longest = m->Length;
            weakest = m->Type;
        }
    }
    ZxcvbnFreeInfo(matches);

    result.guessesLog10 = bits * std::log10(2.0);
    result.score = scoreOf(result.guessesLog10);
    result.acceptable = result.score >= kMinimumPasswordScore;
    if (!result.acceptable) {
        const QString pattern = patternText(weakest);
        const QString advice =
            PasswordTr::tr("请改用更长、不易猜到的密码，例如由几个不相关的词和数字组成的短语。");
        result.reason = pattern.isEmpty() ? PasswordTr::tr("密码太容易被猜到。%1").arg(advice)
                                          : PasswordTr::tr("密码太容易被猜到（%1）。%2").arg(pattern, advice);
    }
    return result;
}

} // namespace casetrack
