#include "case/MaterialPicker.h"

#include "case/StepFieldsEditor.h"
#include "common/DisplayDate.h"
#include "common/ErrorText.h"
#include "services/Session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace casetrack {

MaterialPickerDialog::MaterialPickerDialog(Session& session, const QString& caseId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("materialPickerDialog"));
    setWindowTitle(tr("从案件材料选取"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("materialPickerList"));
    m_list->setAccessibleName(tr("案件材料"));
    auto* note = new QLabel;
    note->setWordWrap(true);
    const Result<QList<CaseMaterial>> materials = session.caseMaterials(caseId);
    if (!materials.ok()) {
        note->setText(errorText(materials.error()));
    } else {
        for (const CaseMaterial& m : materials.value()) {
            const QString line = lineFor(m.type, m.description, m.fileName);
            auto* item = new QListWidgetItem(
                tr("%1（%2，%3）").arg(line, materialTypeName(m.type), displayDate(m.date)));
            item->setData(Qt::UserRole, line);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_list->addItem(item);
        }
        note->setText(materials->isEmpty() ? tr("本案尚无材料。可在案件页面的“案件材料”中添加。")
                                           : tr("勾选要列入的材料："));
    }
    auto* buttons = new QDialogButtonBox;
    auto* ok = buttons->addButton(tr("列入"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("materialPickerOk"));
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString MaterialPickerDialog::lineFor(const QString& type, const QString& description,
                                      const QString& fileName)
{
    return description.trimmed().isEmpty() ? tr("%1：%2").arg(materialTypeName(type), fileName)
                                           : description.trimmed();
}

QStringList MaterialPickerDialog::pickedLines() const
{
    QStringList lines;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            lines.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return lines;
}

MaterialPicker::MaterialPicker(Session& session, const QString& caseId, StepFieldsEditor* editor,
                               QWidget* parent)
    : QWidget(parent), m_session(session), m_caseId(caseId), m_editor(editor)
{
    auto* button = new QPushButton(tr("从案件材料选取…"));
    button->setObjectName(QStringLiteral("pickMaterials"));
    button->setToolTip(tr("把本案已添加的材料列入“材料”"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this] { openPicker(); });
}

MaterialPickerDialog* MaterialPicker::openPicker()
{
    auto* dialog = new MaterialPickerDialog(m_session, m_caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addLines(dialog->pickedLines()); });
    dialog->open();
    return dialog;
}

void MaterialPicker::addLines(const QStringList& lines)
{
    QJsonArray materials = m_editor->data().value(QStringLiteral("materials")).toArray();
    for (const QString& line : lines) {
        if (!materials.contains(line))
            materials.append(line);
    }
    m_editor->setData({{QStringLiteral("materials"), materials}});
}

} // namespace casetrack
