# 移送审理函 (第六条)
@number {{doc.number}}
@title 关于移送{{subject.name}}同志违纪案件审理的函
@to {{unit.dispatched_body}}
@p {{unit.stationed_body}}对{{subject.unit}}{{subject.position}}{{subject.name}}同志涉嫌违纪违法问题立案审查调查，已于{{investigation.concluded_on}}审查调查结束。经内部审理、集体研究，提出给予{{subject.name}}同志{{proposal.sanction}}处分的建议，并已于{{proposal.informed_on}}通报{{unit.party_group}}。
@p 根据《党组讨论和决定党员处分事项工作程序规定》第六条，现将该案移送你委审理，请审核把关并形成审理报告后正式反馈。
@blank
@p 附件：案卷材料
@signature {{signature.stationed_body}}
@date {{doc.date}}
@cc {{doc.cc}}
