plansiteSearchLoaded("w/p0/gu",{
"gui":[0,-22,0,-23,0,-26,0,-27]
});
