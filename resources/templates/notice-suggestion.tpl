# 将党纪处分建议通报驻在单位党组，由党组讨论决定 (第八条)
@number {{doc.number}}
@title 关于给予{{subject.name}}同志党纪处分的建议
@to {{unit.party_group}}
@p 关于{{subject.unit}}{{subject.position}}{{subject.name}}同志违纪问题，{{review.sentence}}{{consensus.sentence}}{{unit.stationed_body}}建议给予{{subject.name}}同志{{suggestion.sanction}}处分。
@p 根据《党组讨论和决定党员处分事项工作程序规定》第八条、第九条，请党组集体讨论决定。
@p 特此通报。
@signature {{signature.stationed_body}}
@date {{doc.date}}
@cc {{doc.cc}}
