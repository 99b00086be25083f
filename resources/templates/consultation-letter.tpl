# 征求主管部门党组意见函 (第十二条第二款: 地方纪委作出处分决定前，征求主管部门党组意见)
@number {{doc.number}}
@title 关于拟给予{{subject.name}}同志党纪处分征求意见的函
@to {{unit.party_group}}
@p {{unit.local_commission}}对{{subject.unit}}{{subject.position}}{{subject.name}}同志涉嫌违纪问题立案审查，拟给予{{subject.name}}同志{{proposal.sanction}}处分。
@p 根据《党组讨论和决定党员处分事项工作程序规定》第十二条第二款，{{consultation.channel}}征求你们的意见。请将意见函复我委。
@signature {{signature.local_commission}}
@date {{doc.date}}
@cc {{doc.cc}}
