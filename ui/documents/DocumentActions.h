#pragma once

#include "documents/ExportDialog.h"

class QAbstractItemModel;
class QBoxLayout;
class QPushButton;
class QWidget;

namespace casetrack {

class CaseIndex;
class CaseView;
class DocumentInputsDialog;
class DocumentSettingsDialog;
class PrintDocumentDialog;
class Session;

// The document buttons the pages carry, kept here so each page needs one line to get them.

// 文书信息… and 打印文书… (Ctrl+P) for the case `view` shows, appended to `row`.
void addCaseDocumentButtons(Session& session, CaseView* view, QBoxLayout* row);

// The dialogs those buttons open (window-modal, deleted on close), each kept by the idle lock with
// what was typed into it: the case's document inputs, printing the case as `view` shows it, and
// the document settings over `page`.
DocumentInputsDialog* openDocumentInputsDialog(Session& session, CaseView* view);
PrintDocumentDialog* openPrintDialog(Session& session, CaseView* view);
DocumentSettingsDialog* openDocumentSettingsDialog(Session& session, QWidget* page);

// 导出… (Ctrl+E) on a list page. `shownCases`: the model whose rows the page shows (rows carry
// CaseListModel::CaseIdRole); nullptr for the deadlines page, whose cases are those with open
// deadlines in `index`.
QPushButton* addExportButton(QBoxLayout* row, CaseIndex* index, ExportDialog::List list,
                             const QAbstractItemModel* shownCases, QWidget* page);

// 文书设置… for the settings page.
QPushButton* makeDocumentSettingsButton(Session& session, QWidget* page);

} // namespace casetrack
