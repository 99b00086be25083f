# 地方纪委作出决定后向（抄告）主管部门党组通报处理结果 (第十二条)
@number {{doc.number}}
@title 关于{{subject.name}}同志违纪案件处理结果的通报
@to {{unit.party_group}}
@p {{unit.local_commission}}对{{subject.unit}}{{subject.position}}{{subject.name}}同志涉嫌违纪问题立案审查，{{decision.procedure}}，给予{{subject.name}}同志{{decision.sanction}}处分，该决定自{{decision.effective_on}}起生效。
@p 根据《党组讨论和决定党员处分事项工作程序规定》第十二条，现将处理结果通报（抄告）你们。
@signature {{signature.local_commission}}
@date {{doc.date}}
@cc {{doc.cc}}
