#include "audit/AuditPage.h"

#include "audit/AuditModel.h"
#include "services/Session.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace casetrack {

AuditPage::AuditPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("auditPage"));
    m_model = new AuditModel(session, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("按用户、操作或对象筛选已载入的记录"));
    m_filter->setAccessibleName(tr("筛选审计记录"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto* verify = new QPushButton(tr("校验审计链"));
    verify->setObjectName(QStringLiteral("verifyAudit"));
    verify->setEnabled(session.mayDo(Action::VerifyAudit));
    connect(verify, &QPushButton::clicked, this, &AuditPage::verify);
    auto* refresh = new QPushButton(tr("刷新"));
    refresh->setObjectName(QStringLiteral("refreshAudit"));
    connect(refresh, &QPushButton::clicked, m_model, &AuditModel::reload);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setAccessibleName(tr("审计记录"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("auditResult"));
    m_result->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(refresh);
    bar->addWidget(verify);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_result);
}

void AuditPage::showEvent(QShowEvent* event)
{
    m_model->reload(); // new records since the page was last shown
    m_view->resizeColumnsToContents();
    QWidget::showEvent(event);
}

void AuditPage::verify()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AuditVerification result = m_session.verifyAudit();
    QApplication::restoreOverrideCursor();
    if (result.intact) {
        m_result->setStyleSheet(QStringLiteral("color: #2e7d32"));
        m_result->setText(tr("审计链完整：共 %1 条记录，未发现改动。").arg(result.records));
    } else {
        m_result->setStyleSheet(QStringLiteral("color: #c62828"));
        m_result->setText(
            tr("审计链已被改动：第 %1 条记录起不一致。%2").arg(result.firstBadSeq).arg(result.message));
    }
}

QString AuditPage::verifyResult() const
{
    return m_result->text();
}

} // namespace casetrack
