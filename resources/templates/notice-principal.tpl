# 向所在单位党组主要负责人通报立案 (第五条)
@number {{doc.number}}
@title 关于对{{subject.name}}同志立案审查调查的通报
@to {{unit.party_group}}主要负责同志
@p 根据《党组讨论和决定党员处分事项工作程序规定》第五条，现将有关情况通报如下：
@p {{case.filed_on}}，经研究，{{unit.stationed_body}}决定对{{subject.unit}}{{subject.position}}{{subject.name}}同志涉嫌违纪违法问题立案审查调查。
@p 请党组支持审查调查工作。
@p 特此通报。
@signature {{signature.stationed_body}}
@date {{doc.date}}
@cc {{doc.cc}}
