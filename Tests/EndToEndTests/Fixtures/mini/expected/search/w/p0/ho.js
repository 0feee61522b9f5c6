plansiteSearchLoaded("w/p0/ho",{
"ho":[0,-2],
"hoach":[0,-20,0,-21],
"hoat":[0,-17],
"hop":[0,-23,0,-27]
});
