#include "shell/AboutDialog.h"

#include "shell/ApplicationIcon.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace casetrack {

namespace {

QString resourceText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QPlainTextEdit* readOnlyText(const QString& objectName, const QString& text)
{
    auto* view = new QPlainTextEdit(text);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    // The licence texts are laid out for a fixed-width font.
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

QLabel* label(const QString& objectName, const QString& text)
{
    auto* l = new QLabel(text);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

QString AboutDialog::licenceText()
{
    return resourceText(QStringLiteral(":/legal/LICENSE"));
}

QString AboutDialog::noticesText()
{
    return resourceText(QStringLiteral(":/legal/THIRD-PARTY-NOTICES.txt"));
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("关于 CaseTrack"));

    auto* picture = new QLabel;
    picture->setPixmap(applicationIcon().pixmap(64, 64));
    picture->setAlignment(Qt::AlignTop);

    auto* name =
        label(QStringLiteral("aboutVersion"), tr("CaseTrack %1").arg(QStringLiteral(CASETRACK_VERSION)));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    name->setFont(big);

    auto* texts = new QVBoxLayout;
    texts->addWidget(name);
    texts->addWidget(label(QStringLiteral("aboutPurpose"),
                           tr("依据《党组讨论和决定党员处分事项工作程序规定》跟踪党纪处分程序。")));
    texts->addWidget(label(QStringLiteral("aboutLicence"),
                           tr("本程序是自由软件，依照 GNU 通用公共许可证第 3 版或（由您选择）任何更新版本"
                              "（GPL-3.0-or-later）发布，不提供任何担保。")));
    texts->addWidget(label(QStringLiteral("aboutQtVersion"),
                           tr("基于 Qt %1 构建，运行于 Qt %2。")
                               .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))));
    texts->addStretch();

    auto* header = new QHBoxLayout;
    header->addWidget(picture);
    header->addLayout(texts, 1);

    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("aboutTabs"));
    tabs->addTab(readOnlyText(QStringLiteral("aboutNotices"), noticesText()), tr("第三方声明"));
    tabs->addTab(readOnlyText(QStringLiteral("aboutLicenceText"), licenceText()), tr("许可证全文"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(680, 520);
}

} // namespace casetrack
