# 党纪处分决定 (第九条: 以党组名义作出，自党组讨论决定之日起生效)
# Placeholders: docs/documents.md. A line without a directive is a paragraph.
@masthead {{unit.masthead}}
@number {{doc.number}}
@title {{decision.decided_by}}关于给予{{subject.name}}同志{{decision.sanction}}处分的决定
@to {{doc.recipient}}
@p {{subject.profile}}
@p 经查，{{subject.name}}同志存在以下违纪问题：
@paragraphs facts
@p 依据{{decision.basis}}，{{decision.procedure}}，给予{{subject.name}}同志{{decision.sanction}}处分。
@p 本决定自{{decision.effective_on}}起生效。
@p {{subject.name}}同志如对本决定不服，可以按照有关规定提出申诉。
@signature {{doc.signature}}
@date {{doc.date}}
@cc {{doc.cc}}
@issuer {{unit.printing_office}}
@printed {{doc.printing_date}}
