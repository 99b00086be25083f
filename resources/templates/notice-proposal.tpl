# 提出党纪处分建议后通报党组 (第六条)
@number {{doc.number}}
@title 关于{{subject.name}}同志党纪处分建议的通报
@to {{unit.party_group}}
@p {{unit.stationed_body}}对{{subject.unit}}{{subject.position}}{{subject.name}}同志涉嫌违纪违法问题立案审查调查，已于{{investigation.concluded_on}}审查调查结束。
@p 经内部审理、集体研究，{{unit.stationed_body}}于{{proposal.date}}提出给予{{subject.name}}同志{{proposal.sanction}}处分的建议。根据《党组讨论和决定党员处分事项工作程序规定》第六条，现予通报。
@p {{transfer.sentence}}
@p 特此通报。
@signature {{signature.stationed_body}}
@date {{doc.date}}
@cc {{doc.cc}}
