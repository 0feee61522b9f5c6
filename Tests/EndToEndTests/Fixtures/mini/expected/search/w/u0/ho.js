plansiteSearchLoaded("w/u0/ho",{
"ho":[0,4,1,5],
"hoa":[0,5]
});
