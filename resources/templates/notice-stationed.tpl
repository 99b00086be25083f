# 党纪处分决定作出后正式通报派驻机构 (第十条)
@number {{doc.number}}
@title 关于给予{{subject.name}}同志{{decision.sanction}}处分决定的通报
@to {{unit.stationed_body}}
@p {{decision.procedure}}，给予{{subject.unit}}{{subject.position}}{{subject.name}}同志{{decision.sanction}}处分，该决定自{{decision.effective_on}}起生效。
@p 根据《党组讨论和决定党员处分事项工作程序规定》第十条，现予正式通报。该决定将于{{deadline.announce}}前宣布。
@blank
@p 附件：党纪处分决定
@signature {{signature.party_group}}
@date {{doc.date}}
@cc {{doc.cc}}
