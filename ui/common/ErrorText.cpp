#include "common/ErrorText.h"

#include "common/ArticleText.h"

#include <QCoreApplication>

namespace casetrack {

namespace {
// Free functions have no tr(); this gives them one under a stable translation context.
struct ErrorTextTr
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};
} // namespace

QString errorText(const Error& error)
{
    QString text = error.message;
    if (text.isEmpty()) {
        switch (error.code) {
        case ErrorCode::Auth:
            text = ErrorTextTr::tr("密码错误或用户不存在。");
            break;
        case ErrorCode::Unavailable:
            text = ErrorTextTr::tr("无法打开数据库：文件不存在、已被占用或不是 CaseTrack 数据库。");
            break;
        case ErrorCode::Refused:
            text = ErrorTextTr::tr("程序规定不允许此步骤。");
            break;
        case ErrorCode::Invalid:
            text = ErrorTextTr::tr("输入的数据无效。");
            break;
        case ErrorCode::Tampered:
            text = ErrorTextTr::tr("审计记录已被篡改。");
            break;
        default:
            text = ErrorTextTr::tr("操作失败。");
            break;
        }
    }
    if (!error.article.isEmpty() && !text.contains(error.article))
        text = ErrorTextTr::tr("%1（依据：%2）").arg(text, error.article);
    return localizeArticles(text);
}

} // namespace casetrack
