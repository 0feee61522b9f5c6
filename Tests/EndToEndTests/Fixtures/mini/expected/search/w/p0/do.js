plansiteSearchLoaded("w/p0/do",{
"doan":[0,12,0,14],
"dong":[0,-6,0,-9,0,-12,0,-16,0,-17,0,-18]
});
