#include "documents/DocumentActions.h"

#include "case/CaseView.h"
#include "cases/CaseIndex.h"
#include "cases/CaseListModel.h"
#include "common/Reopenable.h"
#include "documents/DocumentInputsDialog.h"
#include "documents/DocumentSettingsDialog.h"
#include "documents/PrintDocumentDialog.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QKeySequence>
#include <QPushButton>
#include <QSet>

namespace casetrack {

namespace {

QPushButton* button(const QString& text, const QString& objectName)
{
    auto* b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setAccessibleName(text);
    return b;
}

// Dialogs are window-modal and not blocking (open(), not exec()), like the step dialog, so a
// test can drive them and the window keeps repainting.
template <typename Dialog> void show(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QStringList shownIds(CaseIndex* index, const QAbstractItemModel* shownCases)
{
    QStringList ids;
    if (shownCases) {
        for (int row = 0; row < shownCases->rowCount(); ++row)
            ids.append(shownCases->index(row, 0).data(CaseListModel::CaseIdRole).toString());
        return ids;
    }
    QSet<QString> seen;
    for (const DeadlineEntry& d : index->deadlines())
        if (!seen.contains(d.caseId)) {
            seen.insert(d.caseId);
            ids.append(d.caseId);
        }
    return ids;
}

} // namespace

void addCaseDocumentButtons(Session& session, CaseView* view, QBoxLayout* row)
{
    QPushButton* inputs = button(QCoreApplication::translate("casetrack::DocumentActions", "文书信息…"),
                                 QStringLiteral("documentInputsButton"));
    inputs->setToolTip(QCoreApplication::translate("casetrack::DocumentActions",
                                                   "违纪事实、处分依据、发文序号、主送、抄送和宣布记录"));
    QPushButton* print = button(QCoreApplication::translate("casetrack::DocumentActions", "打印文书…"),
                                QStringLiteral("printDocumentButton"));
    print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    print->setToolTip(QCoreApplication::translate("casetrack::DocumentActions",
                                                  "打印或另存处分决定、备案表、通报等（Ctrl+P）"));
    row->addWidget(inputs);
    row->addWidget(print);
    QObject::connect(inputs, &QPushButton::clicked, view,
                     [&session, view] { openDocumentInputsDialog(session, view); });
    QObject::connect(print, &QPushButton::clicked, view,
                     [&session, view] { openPrintDialog(session, view); });
}

DocumentInputsDialog* openDocumentInputsDialog(Session& session, CaseView* view)
{
    auto* dialog = new DocumentInputsDialog(session, view->caseId(), view);
    // The facts and texts typed here survive the idle lock (shell/KeptDialogs.h).
    markReopenable(dialog, {{QStringLiteral("kind"), QStringLiteral("document_inputs")},
                            {QStringLiteral("case"), view->caseId()}});
    show(dialog);
    return dialog;
}

PrintDocumentDialog* openPrintDialog(Session& session, CaseView* view)
{
    // The state of the case as shown, so the documents match what the user sees.
    auto* dialog = new PrintDocumentDialog(session, view->state(), view);
    markReopenable(dialog, {{QStringLiteral("kind"), QStringLiteral("print")},
                            {QStringLiteral("case"), view->caseId()}});
    show(dialog);
    return dialog;
}

QPushButton* addExportButton(QBoxLayout* row, CaseIndex* index, ExportDialog::List list,
                             const QAbstractItemModel* shownCases, QWidget* page)
{
    const bool cases = list == ExportDialog::List::Cases;
    QPushButton* b =
        button(QCoreApplication::translate("casetrack::DocumentActions", "导出…"),
               cases ? QStringLiteral("exportCasesButton") : QStringLiteral("exportDeadlinesButton"));
    b->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    b->setToolTip(cases ? QCoreApplication::translate("casetrack::DocumentActions",
                                                      "导出案件清单为 Excel、CSV 或 PDF（Ctrl+E）")
                        : QCoreApplication::translate("casetrack::DocumentActions",
                                                      "导出期限清单为 Excel、CSV、日历或 PDF（Ctrl+E）"));
    if (row->direction() == QBoxLayout::TopToBottom)
        row->addWidget(b, 0, Qt::AlignRight);
    else
        row->addWidget(b);
    QObject::connect(b, &QPushButton::clicked, page, [index, list, shownCases, page] {
        show(new ExportDialog(index->session(), list, shownIds(index, shownCases), page));
    });
    return b;
}

QPushButton* makeDocumentSettingsButton(Session& session, QWidget* page)
{
    QPushButton* b = button(QCoreApplication::translate("casetrack::DocumentActions", "文书设置…"),
                            QStringLiteral("documentSettingsButton"));
    b->setToolTip(
        QCoreApplication::translate("casetrack::DocumentActions", "单位名称、发文字号、署名和模板"));
    QObject::connect(b, &QPushButton::clicked, page,
                     [&session, page] { openDocumentSettingsDialog(session, page); });
    return b;
}

DocumentSettingsDialog* openDocumentSettingsDialog(Session& session, QWidget* page)
{
    auto* dialog = new DocumentSettingsDialog(session, page);
    markReopenable(dialog, {{QStringLiteral("kind"), QStringLiteral("document_settings")}});
    show(dialog);
    return dialog;
}

} // namespace casetrack
