#!/usr/bin/python3
"""Writes the NetworkX fixtures of the import tests: a PLN drawn in another tool, with that tool's own
attribute names. Run with Debian's python3-networkx:  /usr/bin/python3 make-networkx-fixtures.py"""
import networkx as nx

G = nx.Graph()
G.add_node("me", label="Maria Lopez", is_me=True)
G.add_node("n1", label="Jane Kim", Type="Colleague", Group="Local colleagues", Importance=5, Contact="Weekly",
           Shares=True, Mood="happy")
G.add_node("n2", label="American Association of School Librarians", Type="Association",
           Group="professional-organizations", Importance=4, Contact="Monthly", Shares=False,
           Website="https://www.ala.org/aasl")
G.add_node("n3", label="#tlchat", Type="Hashtag", Group="Social networks", Importance=4, Contact="Daily")
G.add_edge("me", "n1", weight=5.0)
G.add_edge("me", "n2", weight=4.0)
G.add_edge("me", "n3", weight=4.0)
G.add_edge("n1", "n2", weight=1.0)
nx.write_graphml(G, "networkx.graphml")
nx.write_gexf(G, "networkx.gexf")
