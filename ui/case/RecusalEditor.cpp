#include "case/RecusalEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casetrack {

RecusalEditor::RecusalEditor(QWidget* parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(QStringLiteral("recusalTable"));
    m_table->setAccessibleName(tr("回避人员"));
    m_table->setHorizontalHeaderLabels({tr("姓名"), tr("回避理由")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setFixedHeight(m_table->fontMetrics().lineSpacing() * 6);
    m_table->setTabKeyNavigation(false);
    auto* add = new QPushButton(tr("添加回避人员"));
    add->setObjectName(QStringLiteral("recusalAdd"));
    auto* remove = new QPushButton(tr("删除所选"));
    remove->setObjectName(QStringLiteral("recusalRemove"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &RecusalEditor::changed);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void RecusalEditor::addRow(const QString& name, const QString& reason)
{
    const QSignalBlocker quiet(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    m_table->setItem(row, 1, new QTableWidgetItem(reason));
}

QJsonArray RecusalEditor::members() const
{
    QJsonArray out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString reason = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (name.isEmpty())
            continue; // an empty row is one the user added and left blank
        QJsonObject member{{QStringLiteral("name"), name}};
        if (!reason.isEmpty())
            member.insert(QStringLiteral("reason"), reason);
        out.append(member);
    }
    return out;
}

int RecusalEditor::count() const
{
    return int(members().size());
}

void RecusalEditor::setMembers(const QJsonArray& members)
{
    m_table->setRowCount(0);
    for (const QJsonValue& v : members)
        addRow(v.toObject().value(QLatin1String("name")).toString(),
               v.toObject().value(QLatin1String("reason")).toString());
    emit changed();
}

} // namespace casetrack
