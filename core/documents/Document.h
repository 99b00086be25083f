#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace casetrack {

// A table of a form (备案表, 案件摘要): column weights, then rows. A row with fewer cells than
// columns lets its last cell span the remaining columns, which is all the forms need.
struct DocumentTable
{
    QList<int> columnWeights;
    QList<QStringList> rows;
    int headerRows = 0; // rows printed in 黑体 and repeated on each new page
};

// One block of the body, in order.
struct DocumentBlock
{
    enum class Kind
    {
        Paragraph, // 仿宋, first line indented two characters
        Heading1,  // "一、" 黑体
        Heading2,  // "（一）" 楷体
        Plain,     // 仿宋, no indent (e.g. 附件 lines, form captions)
        Table,
        Blank, // one empty grid line
    };
    Kind kind = Kind::Paragraph;
    QString text;
    DocumentTable table;
};

// A document in the sense of GB/T 9704-2012: 版头 (optional masthead and number), 主体 (title,
// main recipient, body, signature, date), 版记 (closing block). Renderers (PDF, ODT) turn the
// same model into output, so a template author never deals with geometry.
struct Document
{
    QString masthead;       // 发文机关标志, red, only when a unit prints with its masthead
    QString number;         // 发文字号, e.g. 京党组〔2025〕3号
    QStringList titleLines; // 标题; several entries are explicit line breaks
    QString mainRecipient;  // 主送机关, printed with a trailing full-width colon
    QList<DocumentBlock> body;
    QString signature;      // 发文机关署名
    QDate date;             // 成文日期
    QString copyTo;         // 抄送 (without the "抄送：" label)
    QString printingOffice; // 印发机关
    QDate printingDate;     // 印发日期
    QString metadataTitle;  // PDF title; defaults to the joined title lines
    // Words a line never breaks inside (the subject's name, "张三同志", organ names, the sanction);
    // dates, article references and Latin/digit runs are kept whole anyway (GridText.h).
    QStringList keepTogether;

    QString joinedTitle() const { return titleLines.join(QString()); }
    // The 抄送 list as printed: ending with a 句号 in place of a trailing comma (GB/T 9704 7.4.2).
    QString copyToList() const
    {
        QString list = copyTo.trimmed();
        while (!list.isEmpty() && QStringLiteral("，、；,;。.").contains(list.back()))
            list.chop(1);
        return list.isEmpty() ? list : list + QStringLiteral("。");
    }
    bool hasClosingBlock() const { return !copyTo.isEmpty() || !printingOffice.isEmpty(); }
};

} // namespace casetrack
