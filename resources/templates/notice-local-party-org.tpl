# 主管部门党组讨论决定后向地方党组织通报处理结果 (第十二条第一款)
@number {{doc.number}}
@title 关于{{subject.name}}同志违纪案件处理结果的通报
@to {{unit.local_party_org}}
@p {{subject.name}}同志党的组织关系在地方，干部管理权限在{{unit.party_group}}。{{unit.stationed_body}}对其涉嫌违纪问题立案审查，{{decision.procedure}}，给予{{subject.name}}同志{{decision.sanction}}处分，该决定自{{decision.effective_on}}起生效。
@p 根据《党组讨论和决定党员处分事项工作程序规定》第十二条，现将处理结果通报你们。
@signature {{signature.party_group}}
@date {{doc.date}}
@cc {{doc.cc}}
